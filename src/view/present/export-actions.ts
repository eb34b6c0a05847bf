// The export menu's work, loaded on first use (dynamic import) so the file writers stay out of the first download.
import { ACTOR_METRIC_KEYS } from '../../analysis/types';
import { filteredDatasetForExport, toCsv, toGexf, toGraphML, toSvg } from '../../model/exports';
import type { PngExport, PngScale } from '../../render/export-image';
import type { Encoding } from '../../render/encoding';
import type { GraphElements } from '../../render/elements';
import { legendGroups, type LegendExtras } from '../../render/scene';
import { actorGraphInTasks, filteredOf } from '../../state/derived';
import { currentSteps, withStoryViews } from '../../state/story';
import { useAtlas } from '../../state/store';
import { serializeState } from '../../embed/codec';
import { fillTemplate, OFFLINE_TEMPLATE } from '../../embed/single-file';
import { datasetForExport } from '../../state/whatif';
import { downloadBlob, downloadText, fileStem } from './download';
import { mainRenderer } from './live-renderers';
import { creditOf } from './share-links';
import { testHooksWanted } from '../test-signal';

/** What the menu knows that the store does not: the legend of the drawn graph, and a caption for the picture. */
export interface ExportExtras {
  /** The graph's encoding and line kinds, for the legend; null in views without one (the country graph). */
  encoding: Encoding | null;
  lineKinds: GraphElements['lineKinds'];
  /** The rows the on-screen legend adds: illustrative ties, what-if agreements, hub shapes. */
  legend?: LegendExtras;
  subtitle?: string;
}

const legendOf = (extras: ExportExtras) =>
  extras.encoding ? legendGroups(extras.encoding, extras.lineKinds, extras.legend) : [];

declare global {
  interface Window {
    /** The last PNG export's layout and node places, for the browser tests (only when test hooks are wanted). */
    __atlasLastPng?: Omit<PngExport, 'blob'>;
  }
}

const NO_GRAPH = 'There is no network on screen to export. Open the Network tab first.';

/** The store's dataset under its filters, with the metrics of the drawn graph when they are computed. */
function current() {
  const state = useAtlas.getState();
  if (state.dataset === null) throw new Error('No dataset is loaded, so there is nothing to export.');
  const filtered = filteredOf(state.dataset, state.view.filters);
  const fresh = state.metrics !== null && state.metrics.graphVersion === state.graphVersion ? state.metrics : null;
  return { state, dataset: state.dataset, filtered, byActor: fresh?.byActor ?? null };
}

const titleOf = (): string => useAtlas.getState().dataset?.title ?? 'Alliance Atlas';

/** The credit line of every picture: app, dataset title, `asOf`, and the link that reopens this view. */
const currentCredit = (): string => creditOf(useAtlas.getState(), window.location.href);

export async function savePng(scale: PngScale, extras: ExportExtras): Promise<void> {
  const renderer = mainRenderer();
  if (renderer === null) throw new Error(NO_GRAPH);
  const { blob, ...placed } = await renderer.exportPng({
    scale,
    title: titleOf(),
    legend: legendOf(extras),
    subtitle: extras.subtitle,
    credit: currentCredit(),
  });
  if (testHooksWanted()) window.__atlasLastPng = placed;
  downloadBlob(blob, `${fileStem(titleOf())}@${scale}x.png`);
}

export async function saveSvg(extras: ExportExtras): Promise<void> {
  const renderer = mainRenderer();
  if (renderer === null) throw new Error(NO_GRAPH);
  const scene = await renderer.exportScene({ title: titleOf(), legend: legendOf(extras), credit: currentCredit() });
  downloadText(toSvg(scene), `${fileStem(titleOf())}.svg`, 'image/svg+xml');
}

/** Every actor that passes the filters, with its metrics on the current graph (empty until they are computed). */
export function saveActorsCsv(): void {
  const { filtered, byActor } = current();
  const rows = filtered.actors.map((actor) => {
    const metrics = byActor?.get(actor.id);
    const row = new Map<string, unknown>([
      ['id', actor.id],
      ['label', actor.label],
      ['kind', actor.kind],
      ['country', actor.country],
      ['sectors', actor.sectors ?? []],
      ['city', actor.city ?? null],
    ]);
    for (const column of ACTOR_METRIC_KEYS) row.set(column, metrics?.[column] ?? null);
    return Object.fromEntries(row);
  });
  const columns = ['id', 'label', 'kind', 'country', 'sectors', 'city', ...ACTOR_METRIC_KEYS];
  downloadText(toCsv(rows, columns), `${fileStem(titleOf())}-actors.csv`, 'text/csv');
}

/** Positions of the actors as drawn, when the network (not the country graph) is on screen. */
async function drawnPositions(view: string) {
  const renderer = mainRenderer();
  return renderer !== null && view === 'graph' ? await renderer.modelPositions() : undefined;
}

/** The filtered dataset as alliance-graph@1, with the drawn positions as x/y and the story as its views. */
export async function saveDatasetJson(): Promise<void> {
  const { state, dataset, filtered } = current();
  const positions = await drawnPositions(state.view.view);
  const cut = filteredDatasetForExport(dataset, filtered, positions ? { positions } : {});
  const text = JSON.stringify(withStoryViews(cut, currentSteps()), null, 2) + '\n';
  downloadText(text, `${fileStem(titleOf())}.json`, 'application/json');
}

export async function saveGraphFile(kind: 'gexf' | 'graphml', extras?: ExportExtras): Promise<void> {
  const { state, filtered, byActor } = current();
  // The graphology graph a slice of agreements per task (or the one a panel built): one build is ~0.5 s at 5,000 actors.
  const graph = await actorGraphInTasks(filtered, state.view.projection, () => true);
  if (graph === null) throw new Error('The network changed while it was being saved. Please save it again.');
  const positions = await drawnPositions(state.view.view);
  // The colours and sizes on screen, so that Gephi opens on the picture the app shows.
  const encoding = state.view.view === 'graph' ? (extras?.encoding ?? null) : null;
  const options = {
    title: titleOf(),
    ...(byActor ? { metrics: byActor } : {}),
    ...(positions ? { positions } : {}),
    ...(encoding ? { colors: encoding.color, sizes: encoding.size } : {}),
  };
  const text = kind === 'gexf' ? toGexf(graph, options) : toGraphML(graph, options);
  downloadText(text, `${fileStem(titleOf())}.${kind}`, kind === 'gexf' ? 'application/gexf+xml' : 'application/xml');
}

/**
 * This view and its whole dataset (with the story's steps, without what-if agreements) as one offline HTML file:
 * the build's offline template filled by the same code as `npm run export:html`.
 */
export async function saveOfflineHtml(): Promise<void> {
  const { view } = useAtlas.getState();
  const dataset = datasetForExport(false);
  if (dataset === null) throw new Error('No dataset is loaded, so there is nothing to export.');
  let template: string;
  try {
    const response = await fetch(new URL(OFFLINE_TEMPLATE, window.location.href));
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    template = await response.text();
  } catch {
    throw new Error(
      'The offline page could not be read from this site. Open the app from its web address (or use npm run export:html).',
    );
  }
  const html = fillTemplate(template, {
    datasetJson: JSON.stringify(withStoryViews(dataset, currentSteps())),
    state: serializeState({ ...view, data: null, embed: false, story: null, step: 1 }),
    title: `${titleOf()} — Alliance Atlas`,
  });
  downloadText(html, `${fileStem(titleOf())}.html`, 'text/html');
}
