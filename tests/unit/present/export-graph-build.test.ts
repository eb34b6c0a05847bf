// @vitest-environment jsdom
// Which exports build the graphology actor graph: only GEXF and GraphML, and those in tasks (or from a panel's graph).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as graphModule from '../../../src/model/graph';
import { generateDataset } from '../../../src/model/generate';
import { applyLoadResult } from '../../../src/state/actions';
import { actorGraphOf, filteredOf } from '../../../src/state/derived';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { saveActorsCsv, saveDatasetJson, saveGraphFile } from '../../../src/view/present/export-actions';

vi.mock('../../../src/model/graph', async (importOriginal) => {
  const actual = await importOriginal<typeof graphModule>();
  return { ...actual, actorGraphFrom: vi.fn(actual.actorGraphFrom), startActorGraph: vi.fn(actual.startActorGraph) };
});
/** Each saved file's name and text, instead of a browser download. */
const saved: Array<{ name: string; text: string }> = [];
vi.mock('../../../src/view/present/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/view/present/download')>()),
  downloadText: (text: string, name: string) => void saved.push({ name, text }),
}));

const builtAtOnce = vi.mocked(graphModule.actorGraphFrom);
const builtInTasks = vi.mocked(graphModule.startActorGraph);
const dataset = generateDataset({ actors: 300, agreements: 900, seed: 5 });

beforeEach(() => {
  resetAtlas();
  saved.length = 0;
  applyLoadResult({ ok: true, dataset, warnings: [] }, 'generated');
  builtAtOnce.mockClear();
  builtInTasks.mockClear();
});

describe('exports and the actor graph', () => {
  it('saves the actors table and the dataset JSON without building the actor graph', async () => {
    saveActorsCsv();
    await saveDatasetJson();
    expect(saved.map((file) => file.name.split('.').at(-1))).toEqual(['csv', 'json']);
    expect(builtAtOnce).not.toHaveBeenCalled();
    expect(builtInTasks).not.toHaveBeenCalled();
  });

  it('saves GEXF from a graph built a slice per task, with every filtered actor as a node', async () => {
    await saveGraphFile('gexf');
    expect(builtAtOnce).not.toHaveBeenCalled();
    expect(builtInTasks).toHaveBeenCalledTimes(1);
    expect(saved[0]!.text.match(/<node /g)).toHaveLength(dataset.actors.length);
  });

  it('saves GraphML from the graph a panel built already, building none', async () => {
    const { view } = useAtlas.getState();
    actorGraphOf(filteredOf(dataset, view.filters), view.projection);
    builtAtOnce.mockClear();
    await saveGraphFile('graphml');
    expect(builtAtOnce).not.toHaveBeenCalled();
    expect(builtInTasks).not.toHaveBeenCalled();
    expect(saved[0]!.name.endsWith('.graphml')).toBe(true);
  });
});
