// Fails when src/, tests/, docs/ or the README cite a file outside the repository: a maintainer with the repository alone must find every contract.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['src', 'tests', 'docs', 'README.md', 'eslint.config.js'];
const SKIP = new Set(['node_modules', 'output', 'dist']);
/** Paths that climb out of the repository into a sibling folder, and the guide that only the team's machines hold. */
const OUTSIDE = [/\.\.\/shared\//, /\bDEVELOPERS\.md\b/, /(^|[\s`'"(])\.\.\/\.\.\/\.\.\/\.\.\//];

function* files(path) {
  const stat = statSync(path);
  if (stat.isFile()) {
    if (/\.(ts|tsx|js|mjs|md|json|css|html|py)$/.test(path)) yield path;
    return;
  }
  for (const name of readdirSync(path)) if (!SKIP.has(name)) yield* files(join(path, name));
}

const found = [];
for (const root of ROOTS) {
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (OUTSIDE.some((pattern) => pattern.test(line)))
          found.push(`${file}:${index + 1}: ${line.trim().slice(0, 120)}`);
      });
  }
}
if (found.length > 0) {
  console.error(`These lines cite files outside the repository; cite docs/ instead:\n${found.join('\n')}`);
  process.exit(1);
}
