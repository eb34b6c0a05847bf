// The rankings' Robustness column in a real Chromium on the sample: computed in its worker, equal to the NetworkX reference, in the CSV.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { RobustnessEntry } from '../../src/analysis/robustness';
import { robustnessText } from '../../src/view/rankings/robustness-data';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const chromium = sharedChromium(OUTPUT);

interface ReferenceCase {
  filters: { year: number | null };
  expected: {
    metric: string;
    projection: string;
    removed: number;
    actors: Array<Omit<RobustnessEntry, 'label' | 'value' | 'worstAgreementLabel'>>;
  };
}
const reference = JSON.parse(readFileSync('tests/fixtures/reference/robustness/bsr-stars.json', 'utf8')) as {
  cases: ReferenceCase[];
};
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as {
  actors: Array<{ id: string; label: string }>;
  agreements: Array<{ id: string; label?: string }>;
};
const betweenness = reference.cases.find(
  (c) => c.expected.metric === 'betweenness' && c.expected.projection === 'clique' && c.filters.year === null,
)!.expected;
const actorLabel = new Map(sample.actors.map((actor) => [actor.id, actor.label]));
const agreementLabel = new Map(sample.agreements.map((agreement) => [agreement.id, agreement.label ?? agreement.id]));

describe('rankings Robustness column on the sample', () => {
  it(
    'computes in its own worker on request, shows stable / fragile for the top 10 by betweenness as NetworkX has them, and adds them to the CSV',
    { timeout: 120_000 },
    async () => {
      const errors: string[] = [];
      const page = await chromium.browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('pageerror', (error) => errors.push(error.message));
      // The job runs in its own worker, not on the page's thread: its script is fetched when the button is pressed.
      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(request.url()));
      await page.goto(appUrl + '?view=rankings&sort=betweenness');
      await page.waitForSelector('.rankings-view[data-state="ready"]', { timeout: 45_000 });
      expect(await page.locator('.rankings-table thead th', { hasText: 'Robustness' }).count()).toBe(0);
      expect(scripts.some((url) => url.includes('robustness.worker'))).toBe(false);

      await page.getByRole('button', { name: 'Rank robustness' }).click();
      await page.waitForSelector('.rankings-table thead th.robustness', { timeout: 60_000 });
      expect(scripts.filter((url) => /robustness\.worker-[\w-]+\.js$/.test(url))).toHaveLength(1);
      expect(await page.getByText(`each of the ${betweenness.removed} agreements removed in turn`).count()).toBe(1);

      // Each of the ten rows reads as the reference says; everyone else's cell is empty.
      const cells = await page.$$eval('.rankings-table tbody tr', (rows) =>
        rows.map((row) => [
          row.querySelector('th')?.textContent ?? '',
          row.querySelector('td.robustness')?.textContent ?? '',
        ]),
      );
      const byName = new Map(cells.map(([name, text]) => [name!, text!]));
      for (const entry of betweenness.actors) {
        const label = actorLabel.get(entry.actor)!;
        const text = robustnessText({
          ...entry,
          label,
          value: null,
          worstAgreementLabel: entry.worstAgreement === null ? null : agreementLabel.get(entry.worstAgreement)!,
        });
        expect(byName.get(label), label).toBe(text);
      }
      expect(cells.filter(([, text]) => text !== '')).toHaveLength(10);
      expect(cells.some(([, text]) => text!.startsWith('fragile: drops to '))).toBe(true);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /^Download CSV/ }).click(),
      ]);
      const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
      expect(lines[0]!.endsWith(',robustness,robustnessWorstRank,robustnessWorstAgreement')).toBe(true);
      const first = betweenness.actors[0]!;
      expect(lines[1]!.endsWith(`,${first.status},${first.worstRank},${first.worstAgreement}`)).toBe(true);

      expect(await seriousViolations(page)).toEqual([]);
      await page.locator('.rankings-scroll').evaluate((element) => element.scrollTo(element.scrollWidth, 0));
      await page.screenshot({ path: `${OUTPUT}/rankings-robustness.png` });
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
