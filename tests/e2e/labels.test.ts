// Labels on the canvas as Chromium draws them: none covers another label or sits under a node drawn above it; each is readable.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import type { Dataset } from '../../src/model/types';
import { COUNTRY_MIN_SCALE } from '../../src/render/country-elements';
import { segmentHitsBox, segmentHitsDisc } from '../../src/render/label-callouts';
import { settledPositions, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const origin = inject('origin');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);

type LabelBox = { id: string; text: string; z: number; x1: number; y1: number; x2: number; y2: number };
type NodeDisc = { id: string; x: number; y: number; r: number; z: number };

async function drawn(page: Page): Promise<{ labels: LabelBox[]; discs: NodeDisc[] }> {
  // Labels are placed once the camera has been still for a moment (render/labels.ts).
  await page.waitForTimeout(600);
  return page.evaluate(() => ({
    labels: window.__atlas?.labelBoxes() ?? [],
    discs: window.__atlas?.nodeDiscs() ?? [],
  }));
}

/** Every pair of labels that intersect and every label that a node drawn above it covers, in words. */
function collisions({ labels, discs }: { labels: LabelBox[]; discs: NodeDisc[] }): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`"${a.text}" overlaps "${b.text}"`);
    }
    for (const disc of discs) {
      if (disc.id === a.id || disc.z < a.z) continue;
      const nx = Math.max(a.x1, Math.min(disc.x, a.x2));
      const ny = Math.max(a.y1, Math.min(disc.y, a.y2));
      if ((disc.x - nx) ** 2 + (disc.y - ny) ** 2 < disc.r * disc.r) found.push(`"${a.text}" is under node ${disc.id}`);
    }
  }
  return found;
}

type Scene = { labels: LabelBox[]; discs: NodeDisc[] };

/** Whether, of the actors still on the canvas after zooming in, more are named than were at the fit. */
async function namedMore(page: Page, fitted: Scene, zoomed: Scene): Promise<boolean> {
  const canvas = await page.locator('.graph-canvas').first().boundingBox();
  if (canvas === null) return false;
  const onCanvas = new Set(
    zoomed.discs
      .filter(
        (d) => d.x >= canvas.x && d.x <= canvas.x + canvas.width && d.y >= canvas.y && d.y <= canvas.y + canvas.height,
      )
      .map((d) => d.id),
  );
  const named = (scene: Scene): number => scene.labels.filter((label) => onCanvas.has(label.id)).length;
  return named(zoomed) > named(fitted);
}

async function open(query: string): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(appUrl + query);
  await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 60_000 });
  // The force layout runs in a worker; rings stand in until it is done, and its arrival fits the view again.
  await page.waitForFunction(() => window.__explorer?.shown() === 'force', null, { timeout: 60_000 });
  await settledPositions(page);
  return page;
}

async function zoomInThrice(page: Page): Promise<void> {
  const before = await page.evaluate(() => window.__atlas?.zoom() ?? NaN);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  // 1.25³ ≈ 1.95: about twice the fitted zoom.
  await expect.poll(() => page.evaluate(() => window.__atlas?.zoom() ?? NaN)).toBeCloseTo(before * 1.953125, 4);
}

/** The bundled sample, for its countries' sizes. */
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;

describe('label placement on the canvas', () => {
  it('on the sample at the first fit: a dozen and more labels, none overlapping another or under a node, all ≥ 11 px', async () => {
    const page = await open('');
    const scene = await drawn(page);
    expect(scene.labels.length).toBeGreaterThanOrEqual(12);
    expect(collisions(scene)).toEqual([]);
    for (const label of scene.labels) expect(label.y2 - label.y1, label.text).toBeGreaterThanOrEqual(11);
    // The largest actor of the crowded middle is named (its label drawn above the small nodes it covers).
    expect(scene.labels.map((label) => label.text)).toContain('Latvian IT Cluster');
    await page.screenshot({ path: `${OUTPUT}/labels-sample-fit.png` });
    await page.close();
  });

  it('on the sample at about twice the fitted zoom: no collisions, and labels stay the same size on screen', async () => {
    const page = await open('');
    const fitted = await drawn(page);
    await zoomInThrice(page);
    const zoomed = await drawn(page);
    expect(collisions(zoomed)).toEqual([]);
    // The text stays LABEL_PX (13 px); cytoscape's box adds a margin of its own that grows a little with zoom.
    const height = (scene: { labels: LabelBox[] }): number => scene.labels[0]!.y2 - scene.labels[0]!.y1;
    expect(Math.abs(height(zoomed) - height(fitted))).toBeLessThan(3);
    expect(await namedMore(page, fitted, zoomed)).toBe(true);
    // No label crosses the canvas edge.
    const canvas = await page.locator('.graph-canvas').first().boundingBox();
    for (const label of zoomed.labels) {
      expect(label.x1, label.text).toBeGreaterThanOrEqual(canvas!.x - 1);
      expect(label.x2, label.text).toBeLessThanOrEqual(canvas!.x + canvas!.width + 1);
    }
    await page.screenshot({ path: `${OUTPUT}/labels-sample-2x.png` });
    await page.close();
  });

  it('after focus on Øresund IT, two steps, clear focus and a click on Latvian IT Cluster: no collisions', async () => {
    const page = await open('');
    const search = page.getByRole('combobox', { name: /Search/ });
    await search.fill('Oresund');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await search.press('Enter');
    await page.locator('.focus-bar').getByRole('button', { name: '2 steps' }).click();
    expect(collisions(await drawn(page))).toEqual([]);
    await page.getByRole('button', { name: 'Clear focus' }).click();
    await settledPositions(page);
    const latvian = (await page.evaluate(() => window.__atlas?.nodePositions() ?? [])).find(
      (p) => p.id === 'latvian-it-cluster',
    );
    await page.mouse.click(latvian!.x, latvian!.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe('latvian-it-cluster');
    const scene = await drawn(page);
    expect(collisions(scene)).toEqual([]);
    expect(scene.labels.map((label) => label.text)).toContain('Latvian IT Cluster');
    await page.close();
  });

  it('on a generated network of 2,000 actors, at the first fit and zoomed in: no collisions', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(
      `${OUTPUT}/generated-2000.json`,
      JSON.stringify(generateDataset({ actors: 2000, agreements: 6000, seed: 2 })),
    );
    const page = await open(`?data=${encodeURIComponent(`${origin}/output/generated-2000.json`)}`);
    const fitted = await drawn(page);
    expect(fitted.labels.length).toBeGreaterThan(0);
    expect(collisions(fitted)).toEqual([]);
    await zoomInThrice(page);
    const zoomed = await drawn(page);
    expect(zoomed.labels.length).toBeGreaterThan(0);
    expect(collisions(zoomed)).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/labels-2000-zoomed.png` });
    await page.close();
  });
});

describe('labels in the grouped layout', () => {
  /** Id prefix of the layout's country boxes (render/layouts/apply.ts BOX_PREFIX). */
  const BOX = '\u0000box:';

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1280, height: 800 },
  ]) {
    it(`at ${size.width}×${size.height} every country box keeps its title in its own type, and no actor's label covers one`, async () => {
      const page = await chromium.browser.newPage({ viewport: size });
      await page.goto(`${appUrl}?layout=grouped`);
      await page.waitForFunction(() => window.__explorer?.shown() === 'grouped', null, { timeout: 60_000 });
      await settledPositions(page);
      const scene = await drawn(page);
      const titles = scene.labels.filter((label) => label.id.startsWith(BOX));
      // The sample's 27 countries, each titled; actors named too, around the titles rather than over them.
      expect(titles.length).toBe(27);
      expect(scene.labels.length - titles.length).toBeGreaterThanOrEqual(5);
      // Drawn by the box's own rule (BOX_FONT, in its header), not taken for an actor's 13 px label and moved.
      const heights = titles.map((title) => Math.round(title.y2 - title.y1));
      expect(Math.max(...heights) - Math.min(...heights), heights.join(' ')).toBeLessThanOrEqual(1);
      expect(collisions(scene)).toEqual([]);
      await page.screenshot({ path: `${OUTPUT}/labels-grouped-${size.width}.png` });
      await page.close();
    });
  }
});

describe('labels in the country view', () => {
  it("at 1440×900 no other country's label covers a country's disc as drawn (held at its least scale when zoomed out), and each label on a leader line is tied to its own country by it", async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${appUrl}?view=country`);
    await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 60_000 });
    // The map's fit to the world of partners (zoom ~0.09, well under the least scale), from the first frame on.
    expect(await page.evaluate(() => window.__atlas?.zoom() ?? 1)).toBeLessThan(COUNTRY_MIN_SCALE / 2);
    await settledPositions(page);
    const { labels, discs } = await drawn(page);
    expect(labels.length).toBeGreaterThanOrEqual(12);
    // Every country's label, the largest's too: Germany's once lay over France's circle as one of the few allowed to.
    const covers = labels.flatMap((label) =>
      discs
        .filter((disc) => disc.id !== label.id)
        .filter((disc) => {
          const nx = Math.max(label.x1, Math.min(disc.x, label.x2));
          const ny = Math.max(label.y1, Math.min(disc.y, label.y2));
          // A pixel of slack: cytoscape's label box and the drawn rim may differ by rounding.
          return Math.hypot(disc.x - nx, disc.y - ny) < disc.r - 1;
        })
        .map((disc) => `"${label.text}" covers ${disc.id.split(':')[1]}`),
    );
    expect(covers).toEqual([]);
    // Every country of 20 actors or more is named (Latvia's four sides were all taken before labels could sit off a
    // corner), and each other label lies nearer its own disc than any other country's, so none names a neighbour.
    const large = sample.actors.reduce(
      (counts, actor) => counts.set(actor.country, (counts.get(actor.country) ?? 0) + 1),
      new Map<string, number>(),
    );
    const named = new Set(labels.map((label) => label.id.split(':')[1]));
    // A country whose name has no room is named by its code and count ("IT (4)"): the crowded middle of Europe
    // names more countries that way than by full names alone, and never a code without its own country.
    const byCode = labels.filter((label) => /^[A-Z]{2} \(\d+\)$/.test(label.text));
    expect(byCode.length).toBeGreaterThan(0);
    expect(byCode.filter((label) => !label.text.startsWith(`${label.id.split(':')[1]} (`))).toEqual([]);
    expect(
      [...large]
        .filter(([, count]) => count >= 20)
        .map(([code]) => code)
        .filter((code) => !named.has(code)),
    ).toEqual([]);
    const gap = (label: LabelBox, disc: NodeDisc): number =>
      Math.max(
        0,
        Math.hypot(
          disc.x - Math.max(label.x1, Math.min(disc.x, label.x2)),
          disc.y - Math.max(label.y1, Math.min(disc.y, label.y2)),
        ) - disc.r,
      );
    // A label out on a leader line (label-callouts.ts) is tied to its country by the line: it starts on its own disc's
    // rim, ends at its label, and crosses no other country's disc or label.
    const leaders = await page.evaluate(() =>
      [...document.querySelectorAll('svg.label-leaders line')].map((line) => {
        const matrix = (line as SVGLineElement).getScreenCTM()!;
        const at = (x: string, y: string): DOMPoint =>
          new DOMPoint(Number(line.getAttribute(x)), Number(line.getAttribute(y))).matrixTransform(matrix);
        const [start, end] = [at('x1', 'y1'), at('x2', 'y2')];
        return { id: line.getAttribute('data-id') ?? '', x1: start.x, y1: start.y, x2: end.x, y2: end.y };
      }),
    );
    expect(leaders.length).toBeGreaterThan(0);
    const labelOf = new Map(labels.map((label) => [label.id, label]));
    const badLeaders = leaders.flatMap((leader) => {
      const label = labelOf.get(leader.id);
      const own = discs.find((disc) => disc.id === leader.id);
      if (label === undefined || own === undefined) return [`a line for ${leader.id} without its label or disc`];
      const problems: string[] = [];
      if (Math.abs(Math.hypot(leader.x1 - own.x, leader.y1 - own.y) - own.r) > 3) problems.push('starts off its rim');
      const box = { x: label.x1, y: label.y1, width: label.x2 - label.x1, height: label.y2 - label.y1 };
      const toBox = Math.hypot(
        leader.x2 - Math.max(box.x, Math.min(leader.x2, box.x + box.width)),
        leader.y2 - Math.max(box.y, Math.min(leader.y2, box.y + box.height)),
      );
      if (toBox > 3) problems.push(`ends ${Math.round(toBox)} px from its label`);
      for (const disc of discs) {
        if (disc.id !== leader.id && segmentHitsDisc(leader, { ...disc, r: disc.r - 1 }))
          problems.push(`crosses ${disc.id}`);
      }
      // Its line is thin: a label beside another country's circle reads as that country's ("Estonia (14)" by Sweden's).
      for (const disc of discs) {
        if (disc.id !== leader.id && gap(label, disc) < 6)
          problems.push(`${Math.round(gap(label, disc))} px from ${disc.id}`);
      }
      for (const other of labels) {
        const inset = {
          x: other.x1 + 1,
          y: other.y1 + 1,
          width: other.x2 - other.x1 - 2,
          height: other.y2 - other.y1 - 2,
        };
        if (other.id !== leader.id && segmentHitsBox(leader, inset)) problems.push(`crosses "${other.text}"`);
      }
      return problems.map((problem) => `"${label.text}": ${problem}`);
    });
    expect(badLeaders).toEqual([]);
    const called = new Set(leaders.map((leader) => leader.id));
    const misleading = labels
      .filter((label) => !called.has(label.id))
      .flatMap((label) => {
        const own = discs.find((disc) => disc.id === label.id);
        if (own === undefined) return [`"${label.text}" without its disc`];
        const nearer = discs.filter((disc) => disc.id !== label.id && gap(label, disc) < gap(label, own) - 1);
        return nearer.map((disc) => `"${label.text}" nearer ${disc.id.split(':')[1]}`);
      });
    expect(misleading).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}/labels-country-1440.png` });
    await page.close();
  });
});
