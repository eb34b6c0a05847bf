// URL resolution and fetch failures of dataset loading, with a fake fetch.
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromFile, loadDatasetFromUrl, resolveDataUrl, serverMessage, type Fetcher } from './load';
import { resetAtlas, useAtlas } from './store';

const PAGE = 'https://host.example/sub/app/index.html?data=x';
const dataset = JSON.stringify({
  format: 'alliance-graph@1',
  actors: [
    { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
    { id: 'b', label: 'B', kind: 'cluster', country: 'SE' },
  ],
  agreements: [{ id: 'ab', kind: 'bilateral', parties: ['a', 'b'] }],
});
const answer =
  (status: number, body: string): Fetcher =>
  async () => ({ ok: status < 400, status, statusText: status === 404 ? 'Not Found' : 'OK', text: async () => body });

beforeEach(resetAtlas);

describe('resolveDataUrl', () => {
  it('resolves relative paths against the page, sub-path included', () => {
    expect(resolveDataUrl('data/x.json', PAGE)).toEqual({ url: 'https://host.example/sub/app/data/x.json' });
    expect(resolveDataUrl('../other.json', PAGE)).toEqual({ url: 'https://host.example/sub/other.json' });
    expect(resolveDataUrl('http://elsewhere.example/d.json', PAGE)).toEqual({ url: 'http://elsewhere.example/d.json' });
  });

  it('refuses schemes other than http(s), naming the fix', () => {
    for (const raw of ['javascript:alert(1)', 'file:///etc/passwd', 'data:application/json,{}']) {
      const result = resolveDataUrl(raw, PAGE);
      expect('error' in result && result.error).toMatch(/Use an http\(s\) address/);
    }
    expect(resolveDataUrl('data:application/json,{}', PAGE, true)).toEqual({ url: 'data:application/json,{}' });
  });

  it('refuses a blank value, which would resolve to the page itself, saying what to put after ?data=', () => {
    for (const raw of ['', ' ', '\t\n']) {
      const result = resolveDataUrl(raw, PAGE);
      expect('error' in result && result.error).toMatch(/\?data= with no address.*relative path or http\(s\) address/);
    }
  });
});

describe('loadDatasetFromUrl', () => {
  it('loads a good file and names it as given', async () => {
    expect(await loadDatasetFromUrl('d.json', { base: PAGE, fetcher: answer(200, dataset) })).toBe(true);
    expect(useAtlas.getState().source).toBe('d.json');
    expect(useAtlas.getState().dataset?.actors).toHaveLength(2);
  });

  it('records an HTTP error with the resolved address', async () => {
    expect(await loadDatasetFromUrl('missing.json', { base: PAGE, fetcher: answer(404, '') })).toBe(false);
    expect(useAtlas.getState().failure?.problems[0]?.message).toBe(
      'The server answered 404 Not Found for https://host.example/sub/app/missing.json: the server says the file is not there. Check the address in ?data=.',
    );
    expect(useAtlas.getState().loading).toBeNull();
    expect(useAtlas.getState().failure?.kind).toBe('server');
  });

  it('words the HTTP statuses a user can act on: not allowed, server broken, other', () => {
    const url = 'https://h.example/d.json';
    expect(serverMessage(403, 'Forbidden', url)).toMatch(/403 Forbidden .*does not let this page read the file/);
    expect(serverMessage(410, '', url)).toMatch(/answered 410 for .*the file is not there/);
    expect(serverMessage(503, 'Service Unavailable', url)).toMatch(/the server failed\. Try again later/);
    expect(serverMessage(418, "I'm a teapot", url)).toBe(
      `The server answered 418 I'm a teapot for ${url}. Check the address in ?data=.`,
    );
  });

  it('records a network failure with a hint about cross-origin requests', async () => {
    const fetcher: Fetcher = async () => {
      throw new TypeError('Failed to fetch');
    };
    await loadDatasetFromUrl('https://other.example/d.json', { base: PAGE, fetcher });
    expect(useAtlas.getState().failure?.problems[0]?.message).toMatch(/Failed to fetch.*cross-origin/);
  });
});

describe('loadDatasetFromFile', () => {
  it('reads the text and names the dataset after the file', async () => {
    expect(await loadDatasetFromFile({ name: 'mine.json', text: async () => dataset })).toBe(true);
    expect(useAtlas.getState().source).toBe('mine.json');
  });
});
