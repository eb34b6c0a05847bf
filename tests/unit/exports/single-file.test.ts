// @vitest-environment jsdom
// Assembling the one-file offline page from a build: scripts, styles, workers and data inlined, nothing left outside.
import { describe, expect, it } from 'vitest';
import { readEmbeddedDataset, readEmbeddedState } from '../../../src/embed/embedded';
import { createHash } from 'node:crypto';
import { policyMeta, SITE_POLICY } from '../../../src/embed/csp';
import { assembleSingleFile, externalReferences, type BuiltApp } from '../../../src/embed/single-file';

const built: BuiltApp = {
  html: [
    '<!doctype html><html><head><meta charset="UTF-8" /><title>Alliance Atlas</title>',
    '<script type="module" crossorigin src="./assets/index-abc.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/chunk-1.js">',
    '<link rel="stylesheet" crossorigin href="./assets/index-def.css">',
    '<link rel="icon" href="data:," />',
    '</head><body><div id="root"></div></body></html>',
  ].join('\n'),
  files: new Map([
    [
      'assets/index-abc.js',
      'const w = new Worker(new URL(`worker-xyz.js`, import.meta.url), { type: "module" }); const s = "</script><!--";',
    ],
    ['assets/worker-xyz.js', 'self.onmessage = (e) => self.postMessage(e.data);'],
    ['assets/index-def.css', 'body { color: red } /* </style> */'],
    ['assets/chunk-1.js', 'export {};'],
  ]),
};

const dataset = { format: 'alliance-graph@1', title: '</script><script>alert(1)</script>', actors: [], agreements: [] };

function assemble(state = 'view=matrix&matrix=a%3Cb') {
  const html = assembleSingleFile(built, { datasetJson: JSON.stringify(dataset), state, title: 'Talk <1> & "2"' });
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

describe('assembleSingleFile', () => {
  it('inlines the module script and stylesheet and drops module preloads', () => {
    const { html, doc } = assemble();
    expect(externalReferences(html)).toEqual([]);
    expect(doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="modulepreload"]')).toHaveLength(0);
    const module = doc.querySelector('script[type="module"]')?.textContent ?? '';
    expect(module).toContain('<\\/script><\\!--');
    expect(doc.querySelector('style')?.textContent).toContain('body { color: red } /* <\\/style> */');
    expect(doc.title).toBe('Talk <1> & "2"');
  });

  it('turns the worker file into a data: URL holding the worker code', () => {
    const module = assemble().doc.querySelector('script[type="module"]')?.textContent ?? '';
    const match = /new URL\("data:text\/javascript;base64,([A-Za-z0-9+/=]+)"/.exec(module);
    expect(Buffer.from(match?.[1] ?? '', 'base64').toString('utf8')).toBe(built.files.get('assets/worker-xyz.js'));
    expect(module).not.toContain('worker-xyz.js');
  });

  it('embeds the dataset and the opening view where the app reads them, before the app script', () => {
    const { doc } = assemble();
    expect(JSON.parse(readEmbeddedDataset(doc) ?? 'null')).toEqual(dataset);
    expect(readEmbeddedState(doc)).toBe('view=matrix&matrix=a%3Cb');
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.id || s.type);
    expect(scripts).toEqual(['atlas-data', 'atlas-state', 'module']);
  });

  it('replaces the site policy by its own, allowing its inline script by SHA-256, placed before any script', () => {
    const withSitePolicy = {
      ...built,
      html: built.html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />${policyMeta(SITE_POLICY)}`),
    };
    const html = assembleSingleFile(withSitePolicy, { datasetJson: '{}', state: '', title: 't' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const metas = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
    expect(metas).toHaveLength(1);
    const policy = metas[0]?.getAttribute('content') ?? '';
    const code = doc.querySelector('script[type="module"]')?.textContent ?? '';
    const hash = createHash('sha256').update(code, 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}';`);
    expect(policy).toContain('worker-src data:;');
    expect(policy).not.toContain("'self'");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('refuses a page that refers to a file the build did not produce', () => {
    const broken = { ...built, html: built.html.replace('index-abc.js', 'missing.js') };
    expect(() => assembleSingleFile(broken, { datasetJson: '{}', state: '', title: 't' })).toThrow(
      /refers to \.\/assets\/missing\.js/,
    );
  });
});

describe('externalReferences', () => {
  it('lists sources outside the file, but not data: URLs or text inside scripts', () => {
    const html =
      '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="/a.css">' +
      '<img src="data:image/png;base64,AA"><script>const t = "<img src=http://evil>";</script>';
    expect(externalReferences(html)).toEqual(['https://cdn.example/x.js', '/a.css']);
  });
});
