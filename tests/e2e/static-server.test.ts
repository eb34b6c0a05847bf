// The test server maps URL prefixes to folders, refuses `..` escapes and answers with the right MIME types.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, startStaticServer } from './static-server';

const mounts = { '/sub/app/': 'dist', '/e2e-fixtures/': 'tests/e2e/fixtures' };

describe('fileFor', () => {
  it('maps a prefix to its folder, and the bare prefix to index.html', () => {
    expect(fileFor('/sub/app/', mounts)).toBe(resolve('dist/index.html'));
    expect(fileFor('/sub/app/assets/x.js?v=1', mounts)).toBe(resolve('dist/assets/x.js'));
    expect(fileFor('/e2e-fixtures/two-actors.json', mounts)).toBe(resolve('tests/e2e/fixtures/two-actors.json'));
  });

  it('refuses paths outside every mount, plain or percent-encoded', () => {
    expect(fileFor('/sub/app/../../package.json', mounts)).toBeNull();
    expect(fileFor('/sub/app/%2e%2e/%2e%2e/package.json', mounts)).toBeNull();
    expect(fileFor('/other/file', mounts)).toBeNull();
    expect(fileFor('/sub/app/%E0%A4%A', mounts)).toBeNull();
  });
});

describe('startStaticServer', () => {
  it('serves JSON with its MIME type and answers 404 for what is missing', async () => {
    const { server, origin } = await startStaticServer(mounts);
    try {
      const found = await fetch(`${origin}/e2e-fixtures/two-actors.json`);
      expect(found.status).toBe(200);
      expect(found.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(((await found.json()) as { title: string }).title).toBe('Two actors, one tie');
      expect((await fetch(`${origin}/e2e-fixtures/nothing.json`)).status).toBe(404);
      expect((await fetch(`${origin}/sub/app/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
