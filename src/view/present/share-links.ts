// The share dialog's texts: the link to the current view, its embed twin, and an <iframe> snippet that is safe to paste.
import { xmlAttribute } from '../../model/exports/xml';
import { serializeState } from '../../embed/codec';
import type { ViewState } from '../../embed/view-state';
import type { AtlasState } from '../../state/store';

/**
 * The page address showing `view`: the same page, the view as its query, embed mode on or off, and the given
 * fragment (a `#data=…` that carries the dataset, or none).
 */
export function viewUrl(pageHref: string, view: ViewState, embed: boolean, fragment = ''): string {
  const url = new URL(pageHref);
  const query = serializeState({ ...view, embed });
  url.search = query === '' ? '' : `?${query}`;
  url.hash = fragment;
  return url.href;
}

/** A size in characters (or bytes) as people read it: "840 characters", "31.8 kB". */
export function sizeText(length: number): string {
  return length < 1000 ? `${length} characters` : `${(length / 1000).toFixed(1)} kB`;
}

/** Text for an HTML attribute value in double quotes: the exports' escaper (model/exports/xml.ts). */
export const attribute = (text: string): string => xmlAttribute(text);

/** Height of the suggested frame: tall enough for the graph, a caption and the legend. */
export const FRAME_HEIGHT = 520;

/** An <iframe> that shows the embed link; the title (from the dataset, so any text) is escaped. */
export function iframeSnippet(embedUrl: string, title: string): string {
  return (
    `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="100%" height="${FRAME_HEIGHT}" ` +
    `style="border:0;max-width:100%" loading="lazy" allowfullscreen></iframe>`
  );
}

/** True for pages that only this computer can open (a saved single-file export): their links cannot be shared. */
export const isLocalPage = (pageHref: string): boolean => pageHref.startsWith('file:');

/** What a picture or a printout says of where it comes from: the app, the dataset, its date, and how to reopen it. */
export interface CreditParts {
  title: string | undefined;
  asOf: string | undefined;
  /** The link that reopens the view, or null when no link can (a local file). */
  link: string | null;
  /** The file's name when the dataset came from this computer. */
  fileName?: string | null;
}

/** One line: "Alliance Atlas · TITLE · data as of DATE · LINK" (parts the dataset lacks are left out). */
export function creditLine({ title, asOf, link, fileName }: CreditParts): string {
  const parts = ['Alliance Atlas'];
  if (title) parts.push(title);
  if (asOf) parts.push(`data as of ${asOf}`);
  if (link) parts.push(link);
  else if (fileName) parts.push(`from the file ${fileName}`);
  return parts.join(' · ');
}

/** The credit line for the app's state as shown at `pageHref` (a local file names itself instead of a link). */
export function creditOf(state: Pick<AtlasState, 'dataset' | 'view' | 'origin' | 'source'>, pageHref: string): string {
  const linkable = state.origin !== 'local' && !isLocalPage(pageHref);
  const fragment = state.origin === 'link' ? new URL(pageHref).hash : '';
  return creditLine({
    title: state.dataset?.title,
    asOf: state.dataset?.asOf,
    link: linkable ? viewUrl(pageHref, state.view, false, fragment) : null,
    fileName: state.origin === 'local' ? state.source : null,
  });
}
