// Fails when modules under src/ import each other in a cycle (type-only imports included): each concern then has a direction.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The tree to check (default src/; tests pass another). */
const ROOT = process.argv[2] ?? 'src';

function* sources(path) {
  if (statSync(path).isFile()) {
    if (/\.(ts|tsx)$/.test(path) && !/\.d\.ts$/.test(path)) yield path;
    return;
  }
  for (const name of readdirSync(path)) yield* sources(join(path, name));
}

/** The relative imports of a file (`import … from`, `export … from`, `import('…')`), resolved to files. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) {
    const base = resolve(dirname(file), match[1]);
    const target = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (target !== undefined) found.add(relative(process.cwd(), target));
  }
  return found;
}

const graph = new Map();
for (const file of sources(ROOT)) graph.set(relative(process.cwd(), resolve(file)), importsOf(file));

// Depth-first search with colours; each cycle is reported once, as the path that closes it.
const state = new Map();
const stack = [];
const cycles = [];
function visit(file) {
  state.set(file, 'open');
  stack.push(file);
  for (const next of graph.get(file) ?? []) {
    if (!graph.has(next)) continue;
    if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
    else if (!state.has(next)) visit(next);
  }
  stack.pop();
  state.set(file, 'done');
}
for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);

if (cycles.length > 0) {
  console.error(`Import cycles in ${ROOT}/ (split the shared part into a module both can import):`);
  for (const cycle of cycles) console.error(`  ${cycle}`);
  process.exit(1);
}
