// The share dialog's texts: the link to the current view, its embed twin, and an <iframe> snippet that is safe to paste.
import { serializeState } from '../../embed/codec';
import type { ViewState } from '../../embed/view-state';

/** The page address showing `view`: the same page, the view as its query, embed mode on or off, no fragment. */
export function viewUrl(pageHref: string, view: ViewState, embed: boolean): string {
  const url = new URL(pageHref);
  const query = serializeState({ ...view, embed });
  url.search = query === '' ? '' : `?${query}`;
  url.hash = '';
  return url.href;
}

/** Text for an HTML attribute value in double quotes. */
export const attribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
