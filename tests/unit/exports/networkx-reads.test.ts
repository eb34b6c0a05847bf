// Interoperability: NetworkX, an independent reader, loads the GEXF and GraphML exports with the same nodes, edges and values.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphML } from '../../../src/model/exports';
import { buildActorGraph } from '../../../src/model/graph';
import { emptyFilters } from '../../../src/model/types';
import { hostile } from './fixture';

/** NetworkX is the analysis reference (docs/analysis.md). */
/** Debian's python3-networkx installs for /usr/bin/python3; elsewhere the python3 on the PATH is tried. */
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;
/**
 * CI installs python3-networkx (.ci/run) and must run these tests; a developer's machine without it (the README
 * asks only for Node.js) skips them, saying why.
 */
const runNetworkx = hasNetworkx || process.env.CI === 'true';

const READER = `
import json, sys, networkx as nx
path, kind = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
nodes = {n: {k: v for k, v in d.items() if k != 'viz'} for n, d in g.nodes(data=True)}
viz = {n: d['viz'] for n, d in g.nodes(data=True) if 'viz' in d}
edges = sorted([sorted([u, v]) + [d.get('weight'), d.get('agreements')] for u, v, d in g.edges(data=True)])
print(json.dumps({'directed': g.is_directed(), 'nodes': nodes, 'viz': viz, 'edges': edges}))
`;

interface Read {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  viz: Record<
    string,
    { position?: { x: number; y: number }; color?: { r: number; g: number; b: number; a: number }; size?: number }
  >;
  edges: [string, string, number, string][];
}

function readWithNetworkx(text: string, kind: 'gexf' | 'graphml'): Read {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-nx-'));
  const path = join(folder, `graph.${kind}`);
  writeFileSync(path, text);
  return JSON.parse(execFileSync(PYTHON, ['-c', READER, path, kind], { encoding: 'utf8' })) as Read;
}

const metrics = new Map<string, object>([['a&b', { degree: 3, betweenness: 0.5 }]]);
/** The app's encoding as the export menu passes it: colours and sizes per actor id. */
const look = {
  colors: new Map([
    ['a&b', '#E69F00'],
    ['__proto__', 'rgb(0, 114, 178)'],
  ]),
  sizes: new Map([
    ['a&b', 30.5],
    ['__proto__', 14],
  ]),
};
const expectedEdges = [
  ['__proto__', 'a&b', 3.5, 'ab|tri'],
  ['__proto__', 'ctlx#2', 1, 'tri'],
  ['a&b', 'ctlx', 1, 'old'],
  ['a&b', 'ctlx#2', 1, 'tri'],
];

if (!runNetworkx) console.warn('NetworkX interop tests skipped: install python3-networkx to run them');
describe.skipIf(!runNetworkx)('NetworkX reads the exports', () => {
  it('has NetworkX to read with (python3-networkx; .ci/run installs it)', () => {
    expect(hasNetworkx).toBe(true);
  });

  it('reads the GEXF with labels, typed attributes, positions and weights', () => {
    const read = readWithNetworkx(toGexf(buildActorGraph(hostile, emptyFilters()), { metrics, ...look }), 'gexf');
    expect(read.directed).toBe(false);
    expect(read.nodes['a&b']).toMatchObject({
      label: 'Tag <b>bold</b> & "quoted" \'single\'',
      kind: 'cluster',
      country: 'FI',
      sectors: 'cleantech|health',
      degree: 3,
      betweenness: 0.5,
    });
    expect(read.nodes['__proto__']).toMatchObject({ label: 'Proto bell', kind: 'agency' });
    expect(read.viz['a&b']?.position).toMatchObject({ x: 10, y: -20 });
    expect(read.viz['a&b']).toMatchObject({ color: { r: 230, g: 159, b: 0, a: 1 }, size: 30.5 });
    expect(read.viz['__proto__']).toMatchObject({ color: { r: 0, g: 114, b: 178 }, size: 14 });
    // An actor without sectors has the attribute, empty, rather than none.
    expect(read.nodes['ctlx']).toMatchObject({ sectors: '' });
    expect(read.edges).toEqual(expectedEdges);
  });

  it('reads list attributes whose ids hold | and \\ as JSON arrays (json.loads), and metrics by their titles', () => {
    const awkward = buildActorGraph(
      {
        format: 'alliance-graph@1',
        actors: [
          { id: 'a', label: 'A', kind: 'cluster', country: 'FI', sectors: ['s|1', 's\\2'] },
          { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
        ],
        agreements: [
          { id: 'x|y', kind: 'bilateral', parties: ['a', 'b'] },
          { id: 'p\\q', kind: 'bilateral', parties: ['a', 'b'] },
        ],
      },
      emptyFilters(),
    );
    const odd = new Map<string, object>([['a', { 'two words': 2, betweenness: 0.5 }]]);
    for (const kind of ['gexf', 'graphml'] as const) {
      const text = kind === 'gexf' ? toGexf(awkward, { metrics: odd }) : toGraphML(awkward, { metrics: odd });
      const read = readWithNetworkx(text, kind);
      expect(JSON.parse(String(read.nodes['a']?.sectors)), kind).toEqual(['s|1', 's\\2']);
      expect(JSON.parse(read.edges[0]?.[3] ?? ''), kind).toEqual(['x|y', 'p\\q']);
      expect(read.nodes['a'], kind).toMatchObject({ 'two words': 2, betweenness: 0.5 });
    }
    // Two Python start-ups: slow on a loaded machine.
  }, 30_000);

  it('reads the GraphML with the same nodes, values and weights', () => {
    const read = readWithNetworkx(toGraphML(buildActorGraph(hostile, emptyFilters()), { metrics, ...look }), 'graphml');
    expect(read.directed).toBe(false);
    expect(Object.keys(read.nodes).sort()).toEqual(['__proto__', 'a&b', 'ctlx', 'ctlx#2', 'loner']);
    expect(read.nodes['a&b']).toMatchObject({
      label: 'Tag <b>bold</b> & "quoted" \'single\'',
      x: 10,
      y: 20,
      degree: 3,
      color: '#e69f00',
      size: 30.5,
    });
    expect(read.nodes['__proto__']).toMatchObject({ color: '#0072b2', size: 14 });
    expect(read.nodes['ctlx#2']).toMatchObject({ label: 'Line\nbreak', kind: 'network' });
    expect(read.edges).toEqual(expectedEdges);
  });
});
