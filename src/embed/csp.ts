// The Content-Security-Policy of the built site and of the offline file, and the <meta> tag that carries each.
import { sha256Base64 } from './sha256';

/** The built site's policy (vite.config.ts puts it into dist/index.html; `npm start`'s dev server goes without). */
export const SITE_POLICY = [
  "default-src 'self'",
  // Scripts and workers only from the site's own files (Vite builds each worker as a file of its own): no
  // inline scripts, no inline event handlers, no eval.
  "script-src 'self'",
  "worker-src 'self'",
  // 'unsafe-inline' for styles only: React's style attributes (legend swatches, bars) and cytoscape's
  // canvas container are inline styles; a style cannot run code, and data colours pass model/color.ts first.
  "style-src 'self' 'unsafe-inline'",
  // Exports draw to canvases and hand out data:/blob: images; the page icon is `data:,`.
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // `?data=URL` may name a dataset on any web server; data:/blob: for files read in the page.
  "connect-src 'self' http: https: data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The offline file's policy: nothing from outside the file. Its scripts are inline, so each is allowed by its
 * SHA-256 (computed when the file is assembled); its workers travel as data: URLs (see single-file.ts).
 */
export function offlinePolicy(scriptHashes: readonly string[]): string {
  const scripts = scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ');
  return [
    "default-src 'none'",
    `script-src ${scripts === '' ? "'none'" : scripts}`,
    'worker-src data:',
    // Inline styles for the same reason as the site; the stylesheet itself is inlined too.
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The hash source text of one inline script: SHA-256 of exactly the text between its tags. */
export const scriptHash = (code: string): string => sha256Base64(code);

/** A policy as a <meta> tag; a policy holds no `"` or `<`, so it goes into the attribute as it is. */
export const policyMeta = (policy: string): string =>
  `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/** Any policy <meta> already in a page (the site's, when the offline file is built from the same config). */
export const POLICY_META = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>\s*/gi;
