// Spreadsheet import in a real Chromium: the filled .xlsx template through the preview and Load, a bad CSV cancelled, downloads.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { importSheets, loadXlsx, readCsvFiles, type SheetTable } from '../../src/model/sheets';
import type { Dataset } from '../../src/model/types';
import { seriousViolations, sharedChromium } from './page-helpers';

const appUrl = inject('appUrl');
const OUTPUT = 'tests/output';
const TEMPLATE = 'data/templates/alliance-atlas-template.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sample = JSON.parse(readFileSync('data/bsr-stars.json', 'utf8')) as Dataset;

const chromium = sharedChromium(OUTPUT);
const pageErrors: string[] = [];

/** Opens the app on the bundled sample and records every script it fetches (a worker's included). */
async function openApp(): Promise<{ page: Page; scripts: string[] }> {
  const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (/\.js$/.test(new URL(request.url()).pathname)) scripts.push(request.url());
  });
  await page.goto(appUrl);
  await page.waitForFunction(() => (window.__atlas?.nodeCount() ?? 0) > 0, null, { timeout: 45_000 });
  return { page, scripts };
}

const headerCounts = (page: Page) =>
  page.$$eval('[data-testid=counts] [data-count]', (spans) =>
    Object.fromEntries(spans.map((span) => [span.getAttribute('data-count'), span.textContent])),
  );

const sampleCounts = {
  actors: `${sample.actors.length} actors`,
  agreements: `${sample.agreements.length} agreements`,
  countries: `${new Set(sample.actors.map((actor) => actor.country)).size} countries`,
};

/**
 * The committed template as a user would fill it in Excel: its example rows replaced by three actors
 * and two agreements (parties written as actor names), and a dataset sheet with a title. Written by
 * exceljs, a writer other than ours, so the app reads a workbook it did not make itself.
 */
async function filledTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(TEMPLATE);
  const actors = book.getWorksheet('actors');
  const agreements = book.getWorksheet('agreements');
  if (!actors || !agreements) throw new Error(`${TEMPLATE} has no actors or agreements sheet`);
  // Cell by cell over the example rows, every column of the header (the rest of an example row must not stay).
  const fill = (sheet: ExcelJS.Worksheet, rows: (string | number)[][]): void => {
    const width = sheet.getRow(1).cellCount;
    for (let r = 2; r <= Math.max(sheet.rowCount, rows.length + 1); r += 1) {
      const values = rows[r - 2] ?? [];
      for (let c = 1; c <= width; c += 1) sheet.getRow(r).getCell(c).value = values[c - 1] ?? null;
    }
  };
  fill(actors, [
    ['cleantech-finland', 'Cleantech Finland', 'cluster', 'FI', 'cleantech', 'Helsinki', 60.17, 24.94],
    ['clean-denmark', 'CLEAN Denmark', 'cluster', 'DK', 'cleantech', 'Copenhagen', 55.68, 12.57],
    ['sustainable-sweden', 'Sustainable Sweden', 'agency', 'Sweden', 'cleantech', 'Malmö', 55.6, 13.0],
  ]);
  fill(agreements, [
    ['fi-dk', 'bilateral', 'Cleantech MoU', 'Cleantech Finland; CLEAN Denmark', 'cleantech', 2011],
    ['dk-se', 'bilateral', 'Øresund link', 'clean-denmark; sustainable-sweden', 'cleantech', 2015],
  ]);
  const dataset = book.addWorksheet('dataset');
  dataset.addRow(['key', 'value']);
  dataset.addRow(['title', 'Three cleantech actors']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('importing the filled .xlsx template', () => {
  it('shows the preview before anything changes, then loads the network with 3 actors', async () => {
    const { page, scripts } = await openApp();
    const startupScripts = new Set(scripts);
    const buffer = await filledTemplate();
    await page
      .locator('[data-testid=file-input]')
      .setInputFiles({ name: 'filled-template.xlsx', mimeType: XLSX_TYPE, buffer });
    const dialog = page.getByRole('dialog', { name: 'Import filled-template.xlsx' });
    await dialog.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-counts').textContent()).toBe(
      'Read: 3 actors, 2 agreements, 1 sector, 1 source',
    );
    expect(await dialog.getByRole('status').textContent()).toBe('No errors: ready to load.');
    // The mapping of the actors sheet: every header read as the field of the same name.
    const actorsSheet = dialog.getByRole('region', { name: 'Sheet actors' });
    expect(await actorsSheet.getByRole('combobox', { name: 'actors column country: read as' }).inputValue()).toBe(
      'country',
    );
    expect(await dialog.getByRole('region', { name: 'Sheet notes' }).textContent()).toContain('not read');
    // Nothing replaced while the preview is open.
    expect(await headerCounts(page)).toEqual(sampleCounts);
    await page.screenshot({ path: `${OUTPUT}/import-preview.png` });

    // The workbook was read in the sheets worker, fetched only now; the page itself never loaded the
    // reader (sheets-job, the fallback for where there is no worker).
    const fetchedLater = scripts.filter((url) => !startupScripts.has(url));
    expect(fetchedLater.some((url) => /\/sheets\.worker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(scripts.some((url) => /\/sheets-job-[\w-]+\.js$/.test(url))).toBe(false);
    expect([...startupScripts].some((url) => /\/(xlsx|sheets|sheets\.worker)-[\w-]+\.js$/.test(url))).toBe(false);

    await dialog.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => headerCounts(page))
      .toEqual({
        actors: '3 actors',
        agreements: '2 agreements',
        countries: '3 countries',
      });
    expect(await page.locator('h1').textContent()).toBe('Three cleantech actors');
    expect(await page.locator('.source').textContent()).toBe('filled-template.xlsx');
    expect(await dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.__atlas?.nodeCount()), { timeout: 20_000 }).toBe(3);
    await expect.poll(() => page.evaluate(() => window.__atlas?.edgeCount())).toBe(2);
    // Let the layout settle before the picture.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${OUTPUT}/import-loaded.png` });
    await page.close();
  });
});

const ACTORS_CSV = [
  'id,label,kind,country',
  'fi,Cleantech Finland,cluster,FI',
  'dk,CLEAN Denmark,cluster,DK',
  'se,Sustainable Sweden,agency,SE',
].join('\r\n');
const BAD_AGREEMENTS_CSV = [
  'id,kind,label,parties,since',
  'fi-se,bilateral,Nordic ties,Cleantech Finland; Sustainable Sweden,2012',
  'fi-dk,bilateral,Cleantech MoU,Cleantech Finland; Clean Denmrk,2011',
].join('\r\n');

/** Drops files on the window as a user dragging them from the desktop would. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const { name, text } of list) transfer.items.add(new File([text], name, { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

describe('a CSV pair with a bad party', () => {
  it('shows the row-level error, offers no Load, and Cancel keeps the sample on screen', async () => {
    const { page } = await openApp();
    const files = [
      { name: 'actors.csv', text: ACTORS_CSV },
      { name: 'agreements.csv', text: BAD_AGREEMENTS_CSV },
    ];
    await dropFiles(page, files);
    const dialog = page.getByRole('dialog', { name: 'Import actors.csv + agreements.csv' });
    await dialog.waitFor({ timeout: 20_000 });
    const expected = importSheets(readCsvFiles(files)).problems.filter((p) => p.severity === 'error');
    expect(expected).toHaveLength(1);
    const errorRow = dialog.locator('.problem-table tr.error');
    expect(await errorRow.count()).toBe(1);
    const cells = await errorRow.locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['agreements.csv', '3', 'parties (D)']);
    expect(cells[3]).toBe(`Error: ${expected[0]?.message}`);
    expect(cells[3]).toContain("no actor called 'Clean Denmrk' — did you mean 'CLEAN Denmark'?");
    expect(await dialog.getByRole('button', { name: 'Load', exact: true }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Load valid rows, skip 1 bad row' }).count()).toBe(1);
    await page.screenshot({ path: `${OUTPUT}/import-bad-party.png` });
    expect(await seriousViolations(page, '.import-dialog')).toEqual([]);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.count()).toBe(0);
    expect(await headerCounts(page)).toEqual(sampleCounts);
    expect(await page.locator('h1').textContent()).toBe(sample.title);
    expect(await page.evaluate(() => window.__atlas?.nodeCount())).toBe(sample.actors.length);
    await page.close();
  });
});

describe('a workbook opening with a summary sheet', () => {
  it('skips the summary sheet whose A1 is "actors" with one warning naming it, and loads the rest', async () => {
    const { page } = await openApp();
    const workbook = new ExcelJS.Workbook();
    const summary = workbook.addWorksheet('Summary');
    summary.addRow(['actors', 3]);
    summary.addRow(['agreements', 2]);
    // A sheet named for nothing: read as agreements by its header row (parties and kind), below a title row.
    const ties = workbook.addWorksheet('Ties 2024');
    ties.addRow(['Alliances signed by 2024']);
    ties.addRow(['id', 'Type', 'Partners']);
    ties.addRow(['fi-dk', 'bilateral', 'fi; dk']);
    ties.addRow(['dk-se', 'bilateral', 'dk; se']);
    const actors = workbook.addWorksheet('actors');
    for (const line of ACTORS_CSV.split('\r\n')) actors.addRow(line.split(','));
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page
      .locator('[data-testid=file-input]')
      .setInputFiles({ name: 'with-summary.xlsx', mimeType: XLSX_TYPE, buffer });
    const dialog = page.getByRole('dialog', { name: 'Import with-summary.xlsx' });
    await dialog.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('import-counts').textContent()).toBe('Read: 3 actors, 2 agreements');
    expect(await dialog.getByRole('status').textContent()).toBe('No errors: ready to load.');
    const warnings = await dialog.locator('.problem-table tr.warning').allTextContents();
    expect(warnings.filter((row) => row.startsWith('Summary'))).toEqual([
      'SummaryWarning: this sheet is ignored: to read it, name it actors, agreements, sectors, sources, countries, views or dataset',
    ]);
    expect(await dialog.getByRole('region', { name: 'Sheet Summary' }).textContent()).toContain('not read');
    expect(await headerCounts(page)).toEqual(sampleCounts);
    await dialog.getByRole('button', { name: 'Load', exact: true }).click();
    await expect
      .poll(() => headerCounts(page))
      .toEqual({ actors: '3 actors', agreements: '2 agreements', countries: '3 countries' });
    await page.close();
  });
});

/** Clicks a button that starts a download and returns the file's bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const withoutNotes = (tables: SheetTable[]) => tables.filter((table) => table.name !== 'notes');

describe('spreadsheet downloads', () => {
  it('saves the empty template and the sample as a workbook that reads back as the sample', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Spreadsheets…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Spreadsheets' });
    const { readXlsx } = await loadXlsx();
    await dialog.getByRole('list', { name: 'CSV template files' }).waitFor();
    await page.screenshot({ path: `${OUTPUT}/import-spreadsheets-dialog.png` });

    const template = await download(page, () => dialog.getByRole('button', { name: 'Excel template (.xlsx)' }).click());
    expect(template.name).toBe('alliance-atlas-template.xlsx');
    expect(readXlsx(template.bytes)).toEqual(readXlsx(readFileSync(TEMPLATE)));

    const saved = await download(page, () => dialog.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click());
    expect(saved.name).toMatch(/\.xlsx$/);
    const back = importSheets(withoutNotes(readXlsx(saved.bytes)));
    expect(back.valid).toBe(true);
    expect(back.dataset).toEqual(sample);

    const csvLinks = dialog.getByRole('list', { name: 'The dataset as CSV files' }).getByRole('link');
    await expect.poll(() => csvLinks.count()).toBeGreaterThanOrEqual(2);
    const first = await download(page, () => csvLinks.first().click());
    expect(first.name).toMatch(/-actors\.csv$/);
    expect(readCsvFiles([{ name: first.name, text: new TextDecoder().decode(first.bytes) }])[0]?.rows.length).toBe(
      sample.actors.length + 1,
    );

    // The same workbook from the header's Export menu.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    const fromMenu = await download(page, () =>
      page.getByRole('menuitem', { name: 'Whole dataset as Excel workbook (.xlsx)' }).click(),
    );
    expect(importSheets(withoutNotes(readXlsx(fromMenu.bytes))).dataset).toEqual(sample);
    await page.close();
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
