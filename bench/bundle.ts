// The built app's JavaScript: every chunk with its gzip size, and which of them the page loads up front.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Loaded by index.html itself (script or modulepreload); the others load on demand or in a worker. */
  initial: boolean;
}

export interface BundleReport {
  chunks: Chunk[];
  initialGzipBytes: number;
}

/** Reads dist-like `dir`: index.html's script and modulepreload targets count as the initial JS. */
export function bundleReport(dir: string): BundleReport {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const referenced = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((match) => match[1]!),
  );
  const chunks: Chunk[] = readdirSync(join(dir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const content = readFileSync(join(dir, 'assets', file));
      return {
        file: `assets/${file}`,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
        initial: referenced.has(`assets/${file}`),
      };
    })
    .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
  return { chunks, initialGzipBytes: chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzipBytes, 0) };
}
