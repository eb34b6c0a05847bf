// Puts a built app page together as one self-contained HTML file (scripts, styles inlined), then adds a dataset and view.
import { xmlAttribute } from '../model/exports/xml';
import { EMBEDDED_DATA_ID, EMBEDDED_STATE_ID, escapeJsonForScript } from '../embed/embedded';
import { offlinePolicy, POLICY_META, policyMeta, scriptHash } from './csp';

/** The offline template's file name in the built site (vite.config.ts writes it; the app's Export reads it). */
export const OFFLINE_TEMPLATE = 'offline.html';

/** The built page and the files it refers to, by their path relative to the page (`assets/index-abc.js`). */
export interface BuiltApp {
  html: string;
  files: ReadonlyMap<string, string>;
}

export interface Payload {
  /** The dataset's JSON text (already validated). */
  datasetJson: string;
  /** The opening view as a link query without `?` (docs/links.md); '' for the default view. */
  state: string;
  /** Page title. */
  title: string;
}

/** Text for HTML content or a double-quoted attribute: the exports' escaper (& < > " ' and XML-invalid characters). */
const escapeHtml = xmlAttribute;

/**
 * JavaScript made safe for an inline <script>: `</script` and `<!--` can only occur inside strings, regular
 * expressions, templates or comments of built code, where `<\/script` and `<\!--` mean the same text.
 */
export const escapeInlineScript = (code: string): string =>
  code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/** CSS made safe for an inline <style>: a `</style` in a string or comment cannot close the element. */
export const escapeInlineStyle = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function attribute(tag: string, name: string): string | null {
  const match = ATTRIBUTE(name).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** The file a page reference points to, as a key of BuiltApp.files (`./assets/a.js`, `/assets/a.js` → `assets/a.js`). */
const fileKey = (reference: string): string => reference.replace(/^\.?\//, '').split(/[?#]/)[0] ?? '';

function lookup(app: BuiltApp, reference: string, tag: string): string {
  const content = app.files.get(fileKey(reference));
  if (content === undefined)
    throw new Error(`the built page refers to ${reference}, which the build did not produce (${tag})`);
  return content;
}

/** Base64 of the text's UTF-8 bytes, in the browser and in Node alike. */
function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In slices: one argument per byte would overflow the call stack on a large bundle.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The code with every string literal that names another built script (`"w-abc.js"`, `'./assets/w-abc.js'`)
 * replaced by a data: URL of that script. This is how worker bundles travel inside the page: Chromium refuses
 * file:// workers and module workers from blob: URLs on a page opened from file://, but runs data: ones.
 */
export function inlineScriptReferences(code: string, app: BuiltApp, self: string): string {
  let result = code;
  for (const [name, content] of app.files) {
    if (name === self || !/\.m?js$/.test(name)) continue;
    const base = name.split('/').pop() ?? name;
    const literal = new RegExp(`([\`'"])(?:\\.{0,2}/|[\\w.-]+/)*${escapeRegExp(base)}\\1`, 'g');
    if (!literal.test(result)) continue;
    const dataUrl = `data:text/javascript;base64,${utf8Base64(content)}`;
    result = result.replace(literal, () => JSON.stringify(dataUrl));
  }
  return result;
}

/** The two payload elements of an offline page, empty in a template (see fillTemplate). */
const payloadElements = (datasetJson: string, state: string): string =>
  [
    `<script type="application/json" id="${EMBEDDED_DATA_ID}">${escapeJsonForScript(datasetJson.trim())}</script>`,
    `<script type="application/json" id="${EMBEDDED_STATE_ID}">${escapeJsonForScript(JSON.stringify(state))}</script>`,
  ].join('\n');

/** Marks where the payload goes in a template: replaced whole by fillTemplate. */
export const PAYLOAD_MARK = '<!--atlas-payload-->';

/**
 * The offline page without its data: every module script and stylesheet of the build inlined, module preloads
 * dropped, a mark where the dataset and opening view go, and its own Content-Security-Policy allowing exactly
 * those inline scripts by hash (the site's policy, if the build put one in, is replaced). The build writes it as
 * `offline.html`, so the app can make an offline file of what is on screen; `npm run export:html` fills the same
 * template.
 * Throws when the page refers to a file the build did not produce, so no half-offline file is written.
 */
export function assembleTemplate(app: BuiltApp): string {
  let html = app.html;
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
    if (rel === 'modulepreload' || rel === 'preload') return '';
    if (rel !== 'stylesheet') return tag;
    const href = attribute(tag, 'href') ?? '';
    return `<style>\n${escapeInlineStyle(lookup(app, href, tag))}\n</style>`;
  });
  const scripts: string[] = [];
  const hashes: string[] = [];
  html = html.replace(/<script\b[^>]*\bsrc\s*=[^>]*>\s*<\/script>/gi, (tag) => {
    const src = attribute(tag, 'src') ?? '';
    const code = `\n${escapeInlineScript(inlineScriptReferences(lookup(app, src, tag), app, fileKey(src)))}\n`;
    hashes.push(scriptHash(code));
    scripts.push(`<script type="module">${code}</script>`);
    return '';
  });
  // Before every script, so that it covers them all; the payload's JSON scripts never run, so need no hash.
  const meta = policyMeta(offlinePolicy(hashes));
  html = html.replace(POLICY_META, '');
  const charset = /<meta\s+charset\b[^>]*>/i.exec(html);
  const head = charset ?? /<head\b[^>]*>/i.exec(html);
  html =
    head === null
      ? `${meta}\n${html}`
      : `${html.slice(0, head.index + head[0].length)}\n    ${meta}${html.slice(head.index + head[0].length)}`;
  // The data goes first so that it is in the document before the app's module runs; the modules run deferred.
  const body = `${PAYLOAD_MARK}\n${scripts.join('\n')}\n`;
  return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, () => `${body}</body>`) : html + body;
}

/**
 * A template with its payload: the title set, and the dataset and opening view embedded as JSON (read back by
 * readEmbeddedDataset/readEmbeddedState). Throws on a page that is not a template.
 */
export function fillTemplate(template: string, payload: Payload): string {
  const at = template.indexOf(PAYLOAD_MARK);
  if (at < 0) throw new Error('this page is not an offline template (it has no payload mark)');
  const titled = template.replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${escapeHtml(payload.title)}</title>`);
  const mark = titled.indexOf(PAYLOAD_MARK);
  return (
    titled.slice(0, mark) +
    payloadElements(payload.datasetJson, payload.state) +
    titled.slice(mark + PAYLOAD_MARK.length)
  );
}

/** The offline page of a build with its payload: the template filled, as the app's own export makes it. */
export const assembleSingleFile = (app: BuiltApp, payload: Payload): string =>
  fillTemplate(assembleTemplate(app), payload);

/** References from the page's own tags to anything outside the file: sources that are not `data:` or `#`. */
export function externalReferences(html: string): string[] {
  const found: string[] = [];
  // Inline code and styles are not markup: only the tags of the page itself can load anything.
  const page = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const tags = page.match(/<(script|link|img|iframe|source|embed|object)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    for (const name of ['src', 'href', 'data']) {
      const value = attribute(tag, name);
      if (value !== null && value !== '' && !/^(data:|#)/i.test(value.trim())) found.push(value);
    }
  }
  return found;
}
