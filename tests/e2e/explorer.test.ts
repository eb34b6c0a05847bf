// The explorer in a real Chromium: every layout (with the map's basemap), stable positions, year, search, paths, keyboard, axe.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { applyFilters } from '../../src/model/filter';
import { actorGraphFrom, actorIdOf } from '../../src/model/graph';
import { emptyFilters, type Dataset } from '../../src/model/types';
import { neighbourhood, pathReport } from '../../src/analysis/paths';
import { seriousViolations, type Placed, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;
const fullGraph = actorGraphFrom(applyFilters(sample, emptyFilters()), 'clique');

const chromium = sharedChromium(OUTPUT);

async function openApp(query = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl + query);
  // Rings by partners stand in while the force layout runs in its worker; wait for the real one.
  await page.waitForFunction(
    () => (window.__atlas?.placements() ?? 0) > 0 && window.__explorer?.shown() === 'force',
    null,
    { timeout: 60_000 },
  );
  return { page, errors };
}

const positions = async (page: Page): Promise<Map<string, Placed>> =>
  new Map((await page.evaluate(() => window.__atlas?.nodePositions() ?? [])).map((p: Placed) => [p.id, p] as const));
const shown = (page: Page): Promise<string | undefined> => page.evaluate(() => window.__explorer?.shown());
const nodesWith = (page: Page, className: string): Promise<string[]> =>
  page.evaluate((name) => window.__explorer?.nodesWith(name) ?? [], className);
const count = async (page: Page, key: string): Promise<number> =>
  Number.parseInt((await page.locator(`[data-testid=counts] [data-count=${key}]`).textContent()) ?? '', 10);

const distance = (a: Placed, b: Placed): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Mean length of the actor graph's ties against the mean distance of all actor pairs, as drawn. */
function tieToPairRatio(at: Map<string, Placed>): number {
  let ties = 0;
  let tieSum = 0;
  fullGraph.forEachEdge((_edge, _attributes, source, target) => {
    ties++;
    tieSum += distance(at.get(actorIdOf(source))!, at.get(actorIdOf(target))!);
  });
  const all = [...at.values()];
  let pairs = 0;
  let pairSum = 0;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      pairs++;
      pairSum += distance(all[i]!, all[j]!);
    }
  return tieSum / ties / (pairSum / pairs);
}

/**
 * The rings of a concentric drawing: the node with the smallest summed distance to the others is the
 * centre, and every other node's distance from it is a whole multiple of the innermost ring's radius.
 */
function ringsOf(at: Map<string, Placed>): { centre: string; rings: number; offRing: number } {
  const all = [...at.values()];
  const sum = (p: Placed): number => all.reduce((total, q) => total + distance(p, q), 0);
  const centre = all.reduce((best, p) => (sum(p) < sum(best) ? p : best));
  const radii = all.filter((p) => p !== centre).map((p) => distance(p, centre));
  const unit = Math.min(...radii);
  const multiples = radii.map((r) => r / unit);
  return {
    centre: centre.id,
    rings: new Set(multiples.map(Math.round)).size,
    offRing: multiples.filter((m) => Math.abs(m - Math.round(m)) > 0.05).length,
  };
}

async function chooseView(page: Page, label: string, expected: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
  await expect.poll(() => shown(page), { timeout: 20_000 }).toBe(expected);
  await page.waitForTimeout(300); // one more frame for the canvas and the basemap
}

describe('layouts', () => {
  it('draws each layout: force pulls tied actors together, grouped boxes each country, rings by size, the map puts actors at their cities over country shapes', async () => {
    const { page, errors } = await openApp();
    await page.screenshot({ path: `${OUTPUT}/explorer-force.png` });
    const force = await positions(page);
    expect(force.size).toBe(sample.actors.length);
    // A force layout, not the stand-in rings: ties are much shorter than the typical distance, and no
    // two actors share a spot.
    expect(tieToPairRatio(force)).toBeLessThan(0.75);
    expect(ringsOf(force).offRing).toBeGreaterThan(sample.actors.length / 2);
    expect(new Set([...force.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(force.size);

    await chooseView(page, 'Grouped by country', 'grouped');
    const boxes = await nodesWith(page, 'group-box');
    expect(boxes.length).toBe(new Set(sample.actors.map((a) => a.country)).size);
    await page.screenshot({ path: `${OUTPUT}/explorer-grouped.png` });

    await chooseView(page, 'Rings by size metric', 'concentric');
    const rings = ringsOf(await positions(page));
    // One actor in the centre, everyone else on a ring (a whole multiple of the first radius), several rings.
    expect(rings.offRing).toBe(0);
    expect(rings.rings).toBeGreaterThan(2);
    await page.screenshot({ path: `${OUTPUT}/explorer-concentric.png` });

    await chooseView(page, 'Map', 'map');
    const shapes = await page.locator('svg.basemap path').count();
    expect(shapes).toBeGreaterThan(50);
    const names = await page.locator('svg.basemap path').evaluateAll((paths) => paths.map((p) => p.dataset.name));
    expect(names).toEqual(expect.arrayContaining(['Finland', 'Sweden', 'Estonia', 'Latvia', 'Lithuania', 'Denmark']));
    const at = await positions(page);
    const [helsinki, stockholm, oslo, riga] = ['fi-mee', 'vinnova', 'innovation-norway', 'liaa'].map(
      (id) => at.get(id) as Placed,
    );
    expect(helsinki!.x).toBeGreaterThan(stockholm!.x);
    expect(stockholm!.x).toBeGreaterThan(oslo!.x);
    expect(oslo!.y).toBeLessThan(riga!.y);
    expect(await page.evaluate(() => window.__explorer?.edgesWith('arc'))).toBeGreaterThan(0);
    await page.screenshot({ path: `${OUTPUT}/explorer-map.png` });

    // Pan: the basemap moves with the graph (same transform as the nodes).
    const before = await page.locator('svg.basemap g').getAttribute('transform');
    const canvas = page.locator('.graph-canvas');
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + 100, { steps: 5 });
    await page.mouse.up();
    const moved = await positions(page);
    const dx = moved.get('fi-mee')!.x - at.get('fi-mee')!.x;
    const shiftOf = (transform: string | null): number => Number(/translate\(([-\d.e]+),/.exec(transform ?? '')?.[1]);
    // The basemap follows the pan on the next frame: on a busy machine the last step may still be on its way.
    await expect
      .poll(
        async () =>
          Math.abs(shiftOf(await page.locator('svg.basemap g').getAttribute('transform')) - shiftOf(before) - dx),
        { timeout: 5_000 },
      )
      .toBeLessThan(0.5);

    await chooseView(page, 'Countries', 'country');
    expect(await page.evaluate(() => window.__atlas?.nodeCount())).toBe(
      new Set(sample.actors.map((a) => a.country)).size,
    );
    expect(await page.locator('svg.basemap path').count()).toBeGreaterThan(50);
    await page.screenshot({ path: `${OUTPUT}/explorer-countries.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps every remaining actor in place when a filter hides others', async () => {
    const { page } = await openApp();
    // Relative to the canvas: a status line above it may come and go and move the canvas on the page.
    const relative = async (): Promise<Map<string, Placed>> => {
      const box = (await page.locator('.graph-canvas').boundingBox())!;
      const all = await positions(page);
      return new Map([...all].map(([id, p]) => [id, { id, x: p.x - box.x, y: p.y - box.y }]));
    };
    const before = await relative();
    await page.getByRole('button', { name: 'Nordic' }).click();
    await expect.poll(async () => (await positions(page)).size).toBeLessThan(before.size);
    const after = await relative();
    for (const [id, p] of after) {
      expect(Math.abs(p.x - before.get(id)!.x)).toBeLessThan(0.5);
      expect(Math.abs(p.y - before.get(id)!.y)).toBeLessThan(0.5);
    }
    await page.close();
  });
});

describe('year, search, focus and paths', () => {
  it('moving the year slider changes the counts to those of the agreements active that year', async () => {
    const { page } = await openApp();
    await page.getByLabel('Only agreements active in one year').check();
    for (const year of [2008, 2016]) {
      await page.getByRole('slider', { name: 'Year' }).fill(String(year));
      const expected = applyFilters(sample, { ...emptyFilters(), year });
      await expect.poll(() => count(page, 'agreements')).toBe(expected.agreements.length);
      expect(await count(page, 'actors')).toBe(expected.actors.length);
    }
    await page.screenshot({ path: `${OUTPUT}/explorer-year.png` });
    await page.close();
  });

  it('search "Oresund" finds Øresund IT; Enter focuses it: its neighbourhood in colour, the rest faded', async () => {
    const { page } = await openApp();
    const box = page.getByRole('combobox', { name: /Search/ });
    await box.fill('Oresund');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('option').first().textContent()).toContain('Øresund IT');
    await box.press('Enter');
    await expect.poll(() => nodesWith(page, 'focus-root')).toEqual(['oresund-it']);
    const kept = neighbourhood(fullGraph, 'oresund-it', 1);
    expect((await nodesWith(page, 'faded')).length).toBe(sample.actors.length - kept.size);
    await expect.poll(() => page.locator('.focus-bar').textContent()).toContain('Øresund IT');
    await page.screenshot({ path: `${OUTPUT}/explorer-focus.png` });
    await page.close();
  });

  it('lists the shortest paths between two actors and draws them', async () => {
    const { page } = await openApp();
    const from = 'fi-mee';
    const to = 'innovation-norway';
    for (const [label, id] of [
      ['From actor', from],
      ['To actor', to],
    ] as const) {
      const box = page.getByRole('combobox', { name: label });
      await box.fill(sample.actors.find((a) => a.id === id)!.label);
      await box.press('Enter');
    }
    await page.getByRole('button', { name: 'Show shortest paths' }).click();
    const report = pathReport(fullGraph, from, to);
    expect(report.kind).toBe('found');
    if (report.kind !== 'found') return;
    const result = page.locator('.path-finder [role=status]');
    await expect.poll(() => result.textContent()).toContain(`of ${report.length} step`);
    expect(await result.locator('ol.path-steps').count()).toBe(report.paths.length);
    const onPath = await nodesWith(page, 'on-path');
    expect(onPath.sort()).toEqual([...new Set(report.paths.flat())].sort());
    // Each step of each path is a tie drawn dark and wide (distinct pairs: paths may share steps).
    const steps = new Set(report.paths.flatMap((path) => path.slice(1).map((id, i) => [path[i], id].sort().join('|'))));
    expect(await page.evaluate(() => window.__explorer?.edgesWith('on-path'))).toBe(steps.size);
    await page.screenshot({ path: `${OUTPUT}/explorer-path.png` });
    await page.close();
  });
});

describe('keyboard and accessibility', () => {
  it('reaches search, focus and the layouts with the keyboard alone', async () => {
    const { page } = await openApp();
    const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    let presses = 0;
    while (!(await focusedIs('[role=combobox]')) && presses++ < 30) await page.keyboard.press('Tab');
    expect(await focusedIs('[role=combobox]')).toBe(true);
    await page.keyboard.type('skane');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => nodesWith(page, 'focus-root')).toHaveLength(1);
    presses = 0;
    while (!(await focusedIs('input[type=radio]:checked')) && presses++ < 30) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => shown(page)).toBe('grouped');
    // The focus ring is visible: the focused radio has an outline.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('has no serious or critical axe violations in the network, map and country views', async () => {
    const { page } = await openApp();
    const found: Record<string, string[]> = {};
    found.network = await seriousViolations(page);
    await chooseView(page, 'Map', 'map');
    found.map = await seriousViolations(page);
    await chooseView(page, 'Countries', 'country');
    found.countries = await seriousViolations(page);
    expect(found).toEqual({ network: [], map: [], countries: [] });
    await page.close();
  });
});
