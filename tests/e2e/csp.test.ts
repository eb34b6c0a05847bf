// The Content-Security-Policy in a real Chromium: present in the build, and the app, its exports and its offline file raise no violation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const DIST = process.env.E2E_DIST ?? 'dist';
const chromium = sharedChromium(OUTPUT);

const policyOf = (html: string): string =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

/** A page whose policy violations (from `securitypolicyviolation` on the document, and the console) are collected. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const violations: string[] = [];
  // Outlives navigations, unlike a variable in the page.
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  // Violations inside workers reach the console, not the document.
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  return { page, violations };
}

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window.__atlas?.placements() ?? 0) > 0 && (window.__atlas?.nodeCount() ?? 0) > 0,
    null,
    { timeout: 45_000 },
  );
}

async function download(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return readFileSync(await file.path());
}

describe('the policy in the build', () => {
  it('dist/index.html carries the site policy: own scripts and workers only, no eval, no plugins, any http(s) data', () => {
    const policy = policyOf(readFileSync(resolve(DIST, 'index.html'), 'utf8'));
    const directives = policy.split('; ');
    expect(directives).toEqual(
      expect.arrayContaining([
        "script-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "connect-src 'self' http: https: data: blob:",
      ]),
    );
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('dist/offline.html allows exactly its own inline scripts, by their SHA-256, and nothing from outside', () => {
    const html = readFileSync(resolve(DIST, 'offline.html'), 'utf8');
    const policy = policyOf(html);
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    const hashes = scripts.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
    expect(policy).toContain(`script-src ${hashes.join(' ')};`);
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain('connect-src data: blob:;');
    expect(policy.indexOf('http')).toBe(-1);
  });
});

describe('no policy violation in use', () => {
  it('sample, every tab, the map layout, PNG/SVG/CSV exports and the offline file: none reported', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(appUrl);
    await waitForGraph(page);
    const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    const names = await tabs.allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Network', 'Gaps', 'Rankings', 'Coverage', 'Scorecard']));
    for (const name of names) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
      await page.waitForTimeout(1_200);
    }
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Network', exact: true }).click();
    await waitForGraph(page);
    expect((await download(page, 'PNG picture (1×, screen)')).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect((await download(page, 'SVG drawing')).toString('utf8')).toContain('<svg');
    const csv = await download(page, 'Actors table (CSV)');
    // Excel-ready: the UTF-8 byte-order mark first (docs/spreadsheets.md).
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const offline = await download(page, 'Offline HTML file (this view and its data)');
    await page.goto(`${appUrl}?layout=map`);
    await page.waitForFunction(() => document.querySelectorAll('svg.basemap path').length > 20, null, {
      timeout: 45_000,
    });
    await page.screenshot({ path: `${OUTPUT}/csp-map.png` });

    const file = resolve(OUTPUT, 'csp-offline.html');
    await import('node:fs').then((fs) => fs.writeFileSync(file, offline));
    await page.goto(`file://${file}`);
    await waitForGraph(page);
    await page.goto(`file://${file}?layout=map`);
    await page.waitForFunction(() => document.querySelectorAll('svg.basemap path').length > 20, null, {
      timeout: 45_000,
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the policy is in force: an inline script and an inline event handler are refused and reported', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(appUrl);
    await page.waitForSelector('header', { timeout: 30_000 });
    // Added from inside the page (DevTools' own evaluation is exempt from the policy, what the page adds is not).
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      img.src = 'data:,not-an-image';
      document.body.append(img);
    });
    await expect.poll(() => violations.filter((v) => v.startsWith('script-src')).length).toBe(2);
    expect(await page.evaluate(() => '__inlineRan' in window || '__handlerRan' in window)).toBe(false);
    await page.close();
  });
});

describe('a sector colour that is a url()', () => {
  it('is never fetched: legend and nodes draw without asking for it, and no violation is needed to stop it', async () => {
    const { page, violations } = await watchedPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/track/')) fetched.push(request.url());
    });
    await page.goto(`${appUrl}?data=../../e2e-fixtures/url-colour.json&color=sector`);
    await waitForGraph(page);
    await page.getByRole('region', { name: 'Colour' }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1_000);
    const swatches = await page.$$eval('.legend-swatch', (spans) => spans.map((s) => s.getAttribute('style') ?? ''));
    expect(swatches.length).toBeGreaterThan(0);
    expect(swatches.join(' ')).not.toContain('url(');
    expect(fetched).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
