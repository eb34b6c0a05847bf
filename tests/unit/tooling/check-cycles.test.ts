// The import-cycle check that `npm run lint` runs: it fails on a cycle (type imports included) and passes a tree without one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const check = (root: string) =>
  spawnSync(process.execPath, ['scripts/check-cycles.mjs', root], { encoding: 'utf8', cwd: process.cwd() });

describe('scripts/check-cycles.mjs', () => {
  it('fails on a cycle made by a type-only import, naming the modules in order', () => {
    const root = tree({
      'a.ts': "import { b } from './sub/b';\nexport const a = b;\n",
      'sub/b.ts': "import type { T } from '../a';\nexport const b = 1;\nexport type U = T;\n",
    });
    const run = check(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a\.ts -> .*sub\/b\.ts -> .*a\.ts/);
  });

  it('passes a tree whose imports all point one way, dynamic imports included', () => {
    const root = tree({
      'a.ts': "import { b } from './b';\nexport const load = () => import('./c');\nexport const a = b;\n",
      'b.ts': "import { c } from './c';\nexport const b = c;\n",
      'c.ts': 'export const c = 1;\n',
    });
    expect(check(root).status).toBe(0);
  });

  it('passes the repository itself', () => {
    const run = check('src');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
