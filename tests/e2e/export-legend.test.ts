// The pictures' legends in a real Chromium: the PNG legend has space of its own, the SVG legend strokes each kind as the canvas.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LINE_ENCODINGS, LINE_PATTERNS } from '../../src/render/encoding';
import { settledPositions, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

async function openSample(width = 1280, height = 800): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(appUrl);
  await page.waitForFunction(
    () => (window.__atlas?.placements() ?? 0) > 0 && (window.__atlas?.nodeCount() ?? 0) > 0,
    null,
    {
      timeout: 45_000,
    },
  );
  await page.waitForFunction(() => window.__explorer?.shown() === 'force', null, { timeout: 45_000 });
  await settledPositions(page);
  return page;
}

async function download(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return readFileSync(await file.path());
}

describe.each([
  [1280, 800, 'below'],
  [1920, 1000, 'beside'],
])('PNG legend, window %i×%i', (width, height, where) => {
  it(`lies ${where} the network on the sample’s default view: no drawn node (centre or disc) is under it`, async () => {
    const page = await openSample(width, height);
    const bytes = await download(page, 'PNG picture (1×, screen)');
    writeFileSync(`${OUTPUT}/export-legend-${width}.png`, bytes);
    const placed = await page.evaluate(() => window.__atlasLastPng);
    const drawn = await page.evaluate(() => window.__atlas?.nodeCount() ?? 0);
    expect(placed).toBeDefined();
    const legend = placed!.layout.legend!;
    expect(legend).not.toBeNull();
    // Every node of the default view is in the picture, and none touches the legend's box.
    expect(placed!.nodes).toHaveLength(drawn);
    const under = placed!.nodes.filter((node) => {
      const nearestX = Math.max(legend.x, Math.min(node.x, legend.x + legend.width));
      const nearestY = Math.max(legend.y, Math.min(node.y, legend.y + legend.height));
      return Math.hypot(node.x - nearestX, node.y - nearestY) < node.r;
    });
    console.log(
      `PNG ${placed!.layout.width}×${placed!.layout.height}, legend ${legend.width}×${legend.height}, ` +
        `network scaled ${placed!.layout.scale.toFixed(3)}, ${placed!.nodes.length} nodes, ${under.length} under the legend`,
    );
    expect(under.map((node) => node.id)).toEqual([]);
    const { target } = placed!.layout;
    expect(where === 'beside' ? legend.x + legend.width <= target.x : legend.y >= target.y + target.height).toBe(true);
    // The picture is as wide as the canvas, as before (1× = one CSS pixel per pixel).
    const canvas = await page.locator('.graph-canvas').boundingBox();
    expect(Math.abs(bytes.readUInt32BE(16) - Math.floor(canvas?.width ?? 0))).toBeLessThanOrEqual(1);
    await page.close();
  });
});

describe('SVG legend', () => {
  it('has one line per kind shown, with that kind’s dash array and cap, and no square swatches for lines', async () => {
    const page = await openSample();
    const svg = (await download(page, 'SVG drawing')).toString('utf8');
    writeFileSync(`${OUTPUT}/export-legend.svg`, svg);
    const rows = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        parseError: doc.querySelector('parsererror') !== null,
        rows: [...doc.querySelectorAll('g.legend g.legend-row')].map((row) => ({
          text: row.querySelector('text')?.textContent ?? '',
          lines: [...row.querySelectorAll('line')].map((line) => ({
            stroke: line.getAttribute('stroke'),
            dash: line.getAttribute('stroke-dasharray'),
            cap: line.getAttribute('stroke-linecap'),
          })),
        })),
        edgeDashes: [
          ...new Set([...doc.querySelectorAll('g.edges line')].map((l) => l.getAttribute('stroke-dasharray'))),
        ],
      };
    }, svg);
    expect(rows.parseError).toBe(false);
    const kinds = Object.values(LINE_ENCODINGS).filter((kind) => rows.rows.some((row) => row.text === kind.label));
    // The sample shows several kinds, dotted ones among them.
    expect(kinds.length).toBeGreaterThanOrEqual(3);
    expect(kinds.some((kind) => kind.style === 'dotted')).toBe(true);
    for (const kind of kinds) {
      const row = rows.rows.find((r) => r.text === kind.label)!;
      const pattern = LINE_PATTERNS[kind.style];
      expect(row.lines, kind.label).toEqual([
        { stroke: kind.color, dash: pattern.dash.length > 0 ? pattern.dash.join(' ') : null, cap: pattern.cap },
      ]);
    }
    // The drawing's own edges use the same patterns: dotted ones are dotted, not dashed.
    expect(rows.edgeDashes).toContain(LINE_PATTERNS.dotted.dash.join(' '));
    await page.close();
  });
});

describe('PNG of the country view', () => {
  it("draws each label's leader line as the canvas does: dark pixels along it, between its node and its label", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${appUrl}?view=country`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 45_000 });
    await settledPositions(page);
    // Labels (and their lines) are placed once the camera has been still for a moment.
    await page.waitForFunction(() => document.querySelectorAll('svg.label-leaders line').length > 0, null, {
      timeout: 10_000,
    });
    const onCanvas = await page.evaluate(() => document.querySelectorAll('svg.label-leaders line').length);
    const bytes = await download(page, 'PNG picture (1×, screen)');
    writeFileSync(`${OUTPUT}/export-country-leaders.png`, bytes);
    const placed = (await page.evaluate(() => window.__atlasLastPng))!;
    expect(placed.leaders).toHaveLength(onCanvas);
    // Each line's middle quarter, read back from the file: darker than any tie or basemap grey there.
    const darkest = await page.evaluate(
      async ({ base64, leaders, unit }) => {
        const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return leaders.map((line) => {
          let least = 255;
          for (let t = 0.375; t <= 0.625; t += 0.0625) {
            const x = Math.round((line.x1 + (line.x2 - line.x1) * t) * unit);
            const y = Math.round((line.y1 + (line.y2 - line.y1) * t) * unit);
            const pixels = context.getImageData(x - 1, y - 1, 3, 3).data;
            for (let i = 0; i < pixels.length; i += 4)
              least = Math.min(least, (pixels[i]! + pixels[i + 1]! + pixels[i + 2]!) / 3);
          }
          return Math.round(least);
        });
      },
      { base64: bytes.toString('base64'), leaders: placed.leaders, unit: placed.unit },
    );
    expect(darkest.length).toBeGreaterThan(0);
    expect(darkest.filter((value) => value > 110)).toEqual([]);
    await page.close();
  });
});

describe('no page errors', () => {
  it('raised none in any of the pages above', () => {
    expect(pageErrors).toEqual([]);
  });
});
