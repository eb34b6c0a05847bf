// Loading a dataset from a URL (`?data=`, the bundled sample) or a local file, with failures a user can act on.
import { createParseClient, type ParseClient } from '../worker/parse-client';
import type { LoadResult } from '../model/types';
import { nextTask } from '../threads/idle';
import { applyLoadResult, markOrigin, reportLoadFailure, setLoading, stateAfterLoad } from './actions';
import { prepareInTasks, PREPARE_FROM } from './prepare';
import { earlyPrepare, type EarlyPrepare } from './early-prepare';
import { useAtlas } from './store';
import { DEFAULT_DATASET_NAME, DEFAULT_DATASET_URL } from './default-dataset';
import { forgetLocalDataset, keepLocalDataset } from './local-dataset';
import { messageOf } from '../model/errors';
import { decodeTextBytes } from '../model/text-bytes';
import { useDownload } from './download';
import { fetchInWorker, fetchText, LARGE_TEXT_BYTES, type Fetcher } from './fetch-dataset';

export { serverMessage, type Fetcher } from './fetch-dataset';

/** Why an empty `?data=` (`?data=` or `?data=%20`) loads nothing from it. */
export const BLANK_DATA_MESSAGE =
  'The link has ?data= with no address after it, so no dataset was fetched from it. Put the relative path or http(s) address of an alliance-graph@1 file after ?data=.';

/**
 * The URL a `?data=` value points to, resolved against the page (so relative paths work under any
 * sub-path), or a sentence saying why it cannot be used. Only http(s) is fetched: other schemes
 * (file:, javascript:, data:) are refused unless `allowData` is set for the bundled sample.
 */
export function resolveDataUrl(raw: string, base: string, allowData = false): { url: string } | { error: string } {
  // A blank value would resolve to the page itself: the app would fetch its own HTML and call it invalid JSON.
  if (raw.trim() === '') return { error: BLANK_DATA_MESSAGE };
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return { error: `"${raw}" is not a web address. Give a relative path or an http(s) URL in ?data=.` };
  }
  if (url.protocol === 'http:' || url.protocol === 'https:' || (allowData && url.protocol === 'data:')) {
    return { url: url.href };
  }
  return {
    error: `"${raw}" uses ${url.protocol.replace(':', '')}:, which the app cannot load. Use an http(s) address.`,
  };
}

export interface UrlLoadOptions {
  /** The page address that relative URLs resolve against. */
  base: string;
  /** What the header calls the dataset (default: the URL as given). */
  name?: string;
  allowData?: boolean;
  fetcher?: Fetcher;
  /** What a link should carry as `?data=` once this loads (default: the URL as given; null for the sample). */
  dataRef?: string | null;
  /** Parses and validates the text (default: the app's worker-backed client). */
  parser?: ParseClient;
}

/** One parse client for the app: its worker is started on the first large file and kept for the next. */
let appParser: ParseClient | null = null;
const defaultParser = (): ParseClient => (appParser ??= createParseClient());

/** Counts loads, so a load that finishes after a newer one started does not replace what the newer one stores. */
let latestLoad = 0;
/** What stops the work of the load in progress when a newer one starts (a spreadsheet read in its worker). */
const stopOnNextLoad = new Set<() => void>();

/**
 * Starts a load (a URL, a file, a spreadsheet import): returns its number, and cancels the download in progress,
 * since the user's last choice wins. `isLatestLoad(n)` then says whether the load may still store its result.
 */
export function beginLoad(): number {
  useDownload.getState().active?.cancel();
  const stops = [...stopOnNextLoad];
  stopOnNextLoad.clear();
  for (const stop of stops) stop();
  return ++latestLoad;
}

/** Calls `stop` when the next load begins: the load just begun no longer needs the work `stop` ends. */
export const stopWhenSuperseded = (stop: () => void): void => {
  stopOnNextLoad.add(stop);
};
export const isLatestLoad = (load: number): boolean => load === latestLoad;

/** Parses off the main thread where it can, then stores the result unless a newer load has started meanwhile. */
async function parseAndStore(text: string, name: string, parser: ParseClient, load: number): Promise<boolean> {
  if (text.length >= LARGE_TEXT_BYTES) await nextTask();
  if (load !== latestLoad) return false;
  const early = earlyPrepare(name, () => isLatestLoad(load));
  const result = await parser.parse(text, { onParsed: early.onParsed });
  return store(result, name, load, early);
}

/** Stores a parse's result unless a newer load has started meanwhile; `early` prepared its view while it was validated. */
async function store(result: LoadResult, name: string, load: number, early?: EarlyPrepare): Promise<boolean> {
  if (load !== latestLoad) return false;
  await early?.settle(result.ok ? result.dataset : null);
  if (load !== latestLoad) return false;
  if (result.ok && result.dataset.actors.length >= PREPARE_FROM) {
    // The view's first render of a large dataset, a step per task (state/prepare.ts), then stored as usual.
    await nextTask();
    if (load !== latestLoad) return false;
    const next = stateAfterLoad(useAtlas.getState(), result.dataset, result.warnings, name);
    await prepareInTasks(next, () => load === latestLoad);
    if (load !== latestLoad) return false;
  }
  return applyLoadResult(result, name).ok;
}

/**
 * Fetches, parses and validates a dataset; any failure is recorded in the store and the old dataset stays.
 * A load started meanwhile (another URL, a file, a spreadsheet) wins: this one then stores nothing, not even a failure.
 */
export async function loadDatasetFromUrl(raw: string, options: UrlLoadOptions): Promise<boolean> {
  const name = options.name ?? raw;
  const resolved = resolveDataUrl(raw, options.base, options.allowData);
  if ('error' in resolved) {
    reportLoadFailure(name, resolved.error, 'address');
    return false;
  }
  const fetcher: Fetcher = options.fetcher ?? ((url, init) => fetch(url, init));
  const parser = options.parser ?? defaultParser();
  // The worker starts now: it downloads the file, or (with a fetcher for this thread) its start-up (~150 ms) overlaps
  // the download here. Not for the bundled sample (144 kB), which is fetched and parsed on the main thread and should
  // not share the cores with a worker during the first paint.
  if (raw !== DEFAULT_DATASET_URL) parser.warm();
  const load = beginLoad();
  const current = (): boolean => isLatestLoad(load);
  setLoading(name);
  // The bundled sample (144 kB, from the app's own server) arrives at once: a progress bar would only flash.
  const shown = raw !== DEFAULT_DATASET_URL;
  // Other addresses are downloaded by the parse worker, unless a fetcher for this thread was handed in (tests).
  const inWorker = shown && options.fetcher === undefined ? parser.fetchAndParse?.bind(parser) : undefined;
  const early = earlyPrepare(name, current);
  const result = inWorker ? await fetchInWorker(resolved.url, name, inWorker, current, early.onParsed) : 'unavailable';
  let ok: boolean;
  if (result === 'unavailable') {
    // No worker, or it failed mid-download: this thread downloads (unless a newer load has started meanwhile).
    if (!current()) return false;
    const text = await fetchText(resolved.url, name, fetcher, current, shown);
    if (text === null) return false;
    ok = await parseAndStore(text, name, parser, load);
  } else if (result === null) return false;
  else ok = await store(result, name, load, early);
  if (ok) {
    const data = options.dataRef === undefined ? raw : options.dataRef;
    markOrigin(data === null ? 'sample' : 'address', data);
  }
  return ok;
}

/** Reads a file the user picked or dropped, its bytes decoded by the same rule as a download and the CLI. */
export async function loadDatasetFromFile(
  file: Pick<File, 'name' | 'text'> & Partial<Pick<File, 'arrayBuffer'>>,
  parser: ParseClient = defaultParser(),
): Promise<boolean> {
  parser.warm();
  const load = beginLoad();
  setLoading(file.name);
  let text: string;
  try {
    if (file.arrayBuffer) {
      const decoded = decodeTextBytes(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) throw new Error(decoded.reason);
      text = decoded.text;
    } else text = await file.text();
  } catch (cause) {
    if (isLatestLoad(load)) reportLoadFailure(file.name, `Could not read the file: ${messageOf(cause)}.`);
    return false;
  }
  const ok = await parseAndStore(text, file.name, parser, load);
  // A local file has no address a link could carry: the Share dialog offers other ways. The browser keeps it, so
  // a reload reopens it rather than silently showing the sample.
  if (ok) {
    await keepLocalDataset(file.name, text);
    markOrigin('local');
  }
  return ok;
}

/** Loads the bundled sample (a link then carries no `?data=`). */
export const loadBundledSample = (base: string, fetcher?: Fetcher): Promise<boolean> =>
  loadDatasetFromUrl(DEFAULT_DATASET_URL, {
    base,
    name: DEFAULT_DATASET_NAME,
    allowData: true,
    dataRef: null,
    ...(fetcher ? { fetcher } : {}),
  });

/** Leaves a local file for the bundled sample: the browser forgets the file, so a reload opens the sample too. */
export async function returnToSample(base: string): Promise<boolean> {
  await forgetLocalDataset();
  return loadBundledSample(base);
}
