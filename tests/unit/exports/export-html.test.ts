// @vitest-environment jsdom
// `npm run export:html`: arguments, refusal of invalid data, the view checked against the data, and a real build.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHtmlCommand, parseExportArgs } from '../../../src/cli/export-html';
import { CliFailure } from '../../../src/cli/io';
import type { BuiltApp } from '../../../src/embed/single-file';
import { readEmbeddedDataset, readEmbeddedState } from '../../../src/embed/embedded';
import { hostile } from './fixture';

const folder = mkdtempSync(join(tmpdir(), 'atlas-export-'));
const datasetPath = join(folder, 'data.json');
writeFileSync(datasetPath, JSON.stringify(hostile));

const fakeBuild = async (): Promise<BuiltApp> => ({
  html: '<html><head><title>x</title><script type="module" src="./assets/a.js"></script></head><body></body></html>',
  files: new Map([['assets/a.js', 'console.log(1);']]),
});

function sink() {
  const lines: string[] = [];
  return { lines, stream: { write: (text: string) => lines.push(text) > 0 } };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('parseExportArgs', () => {
  it('reads FILE, --out, --state and --title in either spelling', () => {
    expect(
      parseExportArgs(['--', 'd.json', '--out', 't.html', '--state=view=matrix&sector=x', '--title', 'T']),
    ).toEqual({
      file: 'd.json',
      out: 't.html',
      state: 'view=matrix&sector=x',
      title: 'T',
    });
  });

  it.each([
    [['d.json']],
    [[]],
    [['a.json', 'b.json', '--out', 'x']],
    [['d.json', '--out']],
    [['d.json', '--out', 'x', '--zip']],
  ])('refuses %j with the usage line', (args) => {
    expect(() => parseExportArgs(args)).toThrow(CliFailure);
    expect(() => parseExportArgs(args)).toThrow(/usage: npm run export:html/);
  });
});

describe('exportHtmlCommand', () => {
  it('writes the page with the dataset and the cleaned view embedded', async () => {
    const out = join(folder, 'nested', 'talk.html');
    const stdout = sink();
    const code = await exportHtmlCommand(
      [datasetPath, '--out', out, '--state', 'view=matrix&matrix=cleantech&select=gone&data=x.json'],
      { buildApp: fakeBuild, out: stdout.stream, err: sink().stream },
    );
    expect(code).toBe(0);
    const doc = parse(readFileSync(out, 'utf8'));
    expect(JSON.parse(readEmbeddedDataset(doc) ?? 'null')).toEqual(hostile);
    expect(readEmbeddedState(doc)).toBe('view=matrix&matrix=cleantech');
    expect(doc.title).toBe('Test <export> & "friends" — Alliance Atlas');
    expect(stdout.lines.join('')).toMatch(
      /talk\.html: [\d.]+ MB, 5 actors, 3 agreements; opens on \?view=matrix&matrix=cleantech/,
    );
  });

  it('refuses an invalid dataset with exit 1, listing the errors, and writes nothing', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...hostile, agreements: [{ id: 'x', kind: 'bilateral', parties: ['a&b', 'nobody'] }] }),
    );
    const stdout = sink();
    const out = join(folder, 'never.html');
    expect(
      await exportHtmlCommand([bad, '--out', out], { buildApp: fakeBuild, out: stdout.stream, err: sink().stream }),
    ).toBe(1);
    expect(stdout.lines.join('')).toContain('/agreements/0/parties/1');
    expect(() => readFileSync(out)).toThrow();
  });

  it('builds the real app into one file that loads nothing from outside', async () => {
    const out = join(folder, 'real.html');
    const code = await exportHtmlCommand([datasetPath, '--out', out, '--state', 'view=rankings'], {
      out: sink().stream,
      err: sink().stream,
    });
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const doc = parse(html);
    const loads = [...doc.querySelectorAll('script[src], link[href], img[src], iframe[src]')]
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
      .filter((url) => !url.startsWith('data:'));
    expect(loads).toEqual([]);
    expect(html).not.toMatch(/<(script|link)\b[^>]*(src|href)\s*=\s*["']?https?:/i);
    expect(doc.querySelectorAll('script[type="module"]')).toHaveLength(1);
    expect(JSON.parse(readEmbeddedDataset(doc) ?? 'null')).toEqual(hostile);
    expect(readEmbeddedState(doc)).toBe('view=rankings');
  }, 180_000);
});
