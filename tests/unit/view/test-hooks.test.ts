// @vitest-environment jsdom
// The window test hooks are absent for a reader and present under automation or when localStorage asks; marks always happen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphRenderer } from '../../../src/render/adapter';
import { loadDatasetFromText } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import { installExplorerHook } from '../../../src/view/explorer/test-hook';
import { installPerfHook, MARKS } from '../../../src/view/perf-hook';
import { installTestHook } from '../../../src/view/test-hook';
import { TEST_HOOKS_KEY, testHooksWanted } from '../../../src/view/test-signal';
import { explorerDataset } from '../explorer/fixture';

// Neither hook calls the renderer until a test reads it: a bare object stands in.
const renderer = {} as GraphRenderer;
const installAll = (): Array<() => void> => [
  installTestHook(() => ({ renderer, container: null, placed: 0 })),
  installExplorerHook(renderer, () => 'force'),
];

let removers: Array<() => void> = [];
beforeEach(() => {
  resetAtlas();
  localStorage.clear();
  delete window.__atlasPerf;
});
afterEach(() => {
  for (const remove of removers) remove();
  removers = [];
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('test hooks', () => {
  it('are not on window without a signal (no automation, nothing in localStorage)', () => {
    expect(navigator.webdriver).not.toBe(true);
    expect(testHooksWanted()).toBe(false);
    removers = installAll();
    installPerfHook();
    expect(window.__atlas).toBeUndefined();
    expect(window.__explorer).toBeUndefined();
    expect(window.__atlasPerf).toBeUndefined();
    expect(Object.keys(window).filter((key) => key.startsWith('__atlas') || key === '__explorer')).toEqual([]);
  });

  it('still marks a loaded dataset for the bench without a signal', () => {
    installPerfHook();
    performance.clearMarks(MARKS.datasetLoaded);
    expect(loadDatasetFromText(JSON.stringify(explorerDataset), 'explorer.json').ok).toBe(true);
    expect(performance.getEntriesByName(MARKS.datasetLoaded)).toHaveLength(1);
  });

  it('are on window when navigator.webdriver is true (playwright: the e2e tests and bench:app)', () => {
    vi.stubGlobal('navigator', { ...navigator, webdriver: true });
    removers = installAll();
    installPerfHook();
    expect(window.__atlas?.placements()).toBe(0);
    expect(window.__explorer?.shown()).toBe('force');
    expect(typeof window.__atlasPerf?.analysisStatus).toBe('function');
  });

  it(`are on window when localStorage has ${TEST_HOOKS_KEY} = 1, and removed again on unmount`, () => {
    localStorage.setItem(TEST_HOOKS_KEY, '1');
    removers = installAll();
    expect(window.__atlas).toBeDefined();
    expect(window.__explorer).toBeDefined();
    for (const remove of removers) remove();
    removers = [];
    expect(window.__atlas).toBeUndefined();
    expect(window.__explorer).toBeUndefined();
  });
});
