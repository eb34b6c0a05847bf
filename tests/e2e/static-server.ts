// A tiny static file server for the browser tests: the built app under a sub-path, and test fixtures.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix (with trailing slash) → directory on disk. */
export type Mounts = Record<string, string>;

/** The file a request path maps to, or null when it is outside every mount (including `..` escapes). */
export function fileFor(urlPath: string, mounts: Mounts): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!path.startsWith(prefix)) continue;
    const root = resolve(dir);
    const rest = normalize(path.slice(prefix.length)).replace(/^([/\\])+/, '');
    const file = resolve(join(root, rest === '' || rest === '.' ? 'index.html' : rest));
    if (file !== root && !file.startsWith(root + sep)) return null;
    return file;
  }
  return null;
}

export async function startStaticServer(mounts: Mounts): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      let file = fileFor(request.url ?? '/', mounts);
      if (file !== null) {
        const info = await stat(file).catch(() => null);
        if (info?.isDirectory()) file = join(file, 'index.html');
        else if (info === null) file = null;
      }
      const info = file === null ? null : await stat(file).catch(() => null);
      if (file === null || info === null || !info.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('not found');
        return;
      }
      response.writeHead(200, {
        'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
