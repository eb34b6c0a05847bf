// `npx tsx scripts/layout-dataset.ts IN OUT`: runs the app's force layout in Node and writes rounded x/y into every actor, leaving the rest of the file's text as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { applyFilters } from '../src/model/filter';
import { actorGraphFrom, actorKey } from '../src/model/graph';
import { emptyFilters, type Dataset } from '../src/model/types';
import { parseDatasetText } from '../src/model/validate';
import { forcePositions, FORCE_LIMIT } from '../src/render/layouts/force';

/** fcose starts from random positions; a seeded generator makes the same file give the same picture. */
function seedRandom(seed: number): void {
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same positions the explorer's force layout computes (src/view/explorer/layout-positions.ts), keyed by actor id. */
export function layoutActors(dataset: Dataset): Map<string, { x: number; y: number }> {
  const graph = actorGraphFrom(applyFilters(dataset, emptyFilters()), 'clique');
  const nodes = dataset.actors.map((actor) => {
    const key = actorKey(actor.id);
    return { id: key, degree: graph.hasNode(key) ? graph.degree(key) : 0 };
  });
  const edges = graph.mapEdges((_edge, _attributes, source, target) => ({ source, target }));
  const positions = forcePositions(nodes, edges);
  const rounded = new Map<string, { x: number; y: number }>();
  for (const actor of dataset.actors) {
    const point = positions.get(actorKey(actor.id)) ?? { x: 0, y: 0 };
    rounded.set(actor.id, { x: Math.round(point.x), y: Math.round(point.y) });
  }
  return rounded;
}

/** Index just past the JSON string that starts at `start` (a quote). */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** [start, end] offsets of each object in the top-level "actors" array, in order (end = index of its closing brace). */
function actorSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let inActors = false;
  let objectStart = -1;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = skipString(text, i);
      if (depth === 1) lastKey = text.slice(i + 1, end - 1);
      i = end - 1;
    } else if (c === '{' || c === '[') {
      depth++;
      if (c === '[' && depth === 2 && lastKey === 'actors') inActors = true;
      else if (c === '{' && inActors && depth === 3) objectStart = i;
    } else if (c === '}' || c === ']') {
      if (c === '}' && inActors && depth === 3) spans.push([objectStart, i]);
      if (c === ']' && inActors && depth === 2) inActors = false;
      depth--;
    }
  }
  return spans;
}

/** The file's text with x/y set on every actor: existing numbers replaced, new keys appended in the file's indentation. */
export function withPositionsText(
  text: string,
  dataset: Dataset,
  positions: Map<string, { x: number; y: number }>,
): string {
  const spans = actorSpans(text);
  if (spans.length !== dataset.actors.length)
    throw new Error(`found ${spans.length} actor objects, expected ${dataset.actors.length}`);
  let out = '';
  let cursor = 0;
  spans.forEach(([start, end], index) => {
    const actor = dataset.actors[index];
    const point = actor ? positions.get(actor.id) : undefined;
    if (!actor || !point) return;
    let body = text.slice(start, end);
    const has = (key: string): boolean => new RegExp(`\\n\\s*"${key}"\\s*:`).test(body);
    for (const key of ['x', 'y'] as const) {
      if (has(key)) body = body.replace(new RegExp(`(\\n\\s*"${key}"\\s*:\\s*)-?[0-9.eE+-]+`), `$1${point[key]}`);
    }
    const missing = (['x', 'y'] as const).filter((key) => !has(key));
    if (missing.length > 0) {
      // The closing brace's line gives the indentation; members sit two spaces deeper (the file's own style).
      const trimmed = body.replace(/\s+$/, '');
      const tail = body.slice(trimmed.length);
      const indent = (/\n([ \t]*)$/.exec(tail)?.[1] ?? '') + '  ';
      body = trimmed + missing.map((key) => `,\n${indent}"${key}": ${point[key]}`).join('') + tail;
    }
    out += text.slice(cursor, start) + body;
    cursor = end;
  });
  return out + text.slice(cursor);
}

function main(): void {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('Usage: npx tsx scripts/layout-dataset.ts IN.json OUT.json');
    process.exit(2);
  }
  const text = readFileSync(input, 'utf8');
  const loaded = parseDatasetText(text);
  if (!loaded.ok) {
    console.error(`${input}: not a valid alliance-graph@1 file; run \`npm run validate -- ${input}\` to see why.`);
    process.exit(1);
  }
  const dataset = JSON.parse(text) as Dataset;
  if (dataset.actors.length > FORCE_LIMIT) {
    console.warn(
      `${dataset.actors.length} actors: above ${FORCE_LIMIT} the app's layout is rings by partners, written as such.`,
    );
  }
  seedRandom(1);
  const positions = layoutActors(dataset);
  writeFileSync(output, withPositionsText(text, dataset, positions));
  console.log(`${output}: x/y written for ${positions.size} actors.`);
}

// Run as a script only (the tests import the functions).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
