// @vitest-environment jsdom
// The Spreadsheets dialog in jsdom: CSV template and dataset links whose files read back as the loaded dataset.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importSheets, makeTemplateCsvFiles, readCsvFiles } from '../../../src/model/sheets';
import { loadDatasetFromText } from '../../../src/state/actions';
import { resetAtlas, useAtlas } from '../../../src/state/store';
import { SpreadsheetButton } from '../../../src/view/import/TemplateDownloads';

const dataset = {
  format: 'alliance-graph@1',
  title: 'Baltic "ties"',
  sectors: [{ id: 'cleantech', label: 'Cleantech' }],
  actors: [
    { id: 'a', label: '=HYPERLINK("x")', kind: 'cluster', country: 'FI', sectors: ['cleantech'] },
    { id: '__proto__', label: 'Proto', kind: 'agency', country: 'SE' },
  ],
  agreements: [{ id: 'ab', kind: 'bilateral', parties: ['a', '__proto__'], since: 2011, until: null }],
};

/** jsdom has no blob: URLs; this keeps each Blob so the test can read what a link would download. */
const blobs = new Map<string, Blob>();
beforeEach(() => {
  resetAtlas();
  loadDatasetFromText(JSON.stringify(dataset), 'ties.json');
  blobs.clear();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void blobs.delete(url));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(): read it the old way, keeping a byte order mark as the saved file would. */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error('no blob behind this link'));
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function linksIn(list: HTMLElement): Promise<{ name: string; text: string }[]> {
  const anchors = within(list).getAllByRole('link') as HTMLAnchorElement[];
  return Promise.all(
    anchors.map(async (a) => ({
      name: a.download,
      text: await blobText(blobs.get(a.getAttribute('href') ?? '')),
    })),
  );
}

describe('Spreadsheets dialog', () => {
  it('offers the CSV template pair and the dataset as CSV files that read back as the loaded dataset', async () => {
    render(<SpreadsheetButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Spreadsheets…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Spreadsheets' });
    const templates = await screen.findByRole('list', { name: 'CSV template files' });
    const templateFiles = await linksIn(templates);
    // Blob text drops nothing: compare with the generator (BOM included).
    expect(templateFiles).toEqual(makeTemplateCsvFiles());

    const datasetList = await screen.findByRole('list', { name: 'The dataset as CSV files' });
    const files = await linksIn(datasetList);
    expect(files.map((f) => f.name)).toEqual([
      'baltic-ties-actors.csv',
      'baltic-ties-agreements.csv',
      'baltic-ties-sectors.csv',
      // The title is a top-level field: it travels in the key/value sheet.
      'baltic-ties-dataset.csv',
    ]);
    const back = importSheets(readCsvFiles(files));
    expect(back.valid).toBe(true);
    expect(back.dataset).toEqual({ ...dataset, format: 'alliance-graph@1' });
    expect(Object.hasOwn(back.dataset.actors[1] ?? {}, 'id')).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Excel workbook (.xlsx)' })).toBeTruthy();

    // Closing revokes every link made for the dialog.
    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'Escape' });
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(blobs.size).toBe(0);
  });

  it('says there is no dataset to save when none is loaded', async () => {
    resetAtlas();
    expect(useAtlas.getState().dataset).toBeNull();
    render(<SpreadsheetButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Spreadsheets…' }));
    expect(await screen.findByText('No dataset is loaded.')).toBeTruthy();
    await screen.findByRole('list', { name: 'CSV template files' });
  });
});
