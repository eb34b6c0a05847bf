// Loading the import preview: the previewed object itself is validated and stored (no JSON round trip), with the same problems.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../../src/model/validate';
import { loadImport, openSpreadsheetFiles, useImport, type PickedFile } from '../../../src/state/import';
import { resetAtlas, useAtlas } from '../../../src/state/store';

const file = (name: string, content: string): PickedFile => ({
  name,
  arrayBuffer: async () => new TextEncoder().encode(content).buffer as ArrayBuffer,
});

const ACTORS = [
  'id,label,kind,country,sectors,hq',
  'fi,Cleantech Finland,cluster,FI,cleantech,Helsinki',
  'dk,CLEAN Denmark,cluster,DK,cleantech,',
  'se,Sustainable Sweden,agency,SE,cleantech,',
].join('\n');
const AGREEMENTS = [
  'id,kind,parties,since',
  'fi-dk,bilateral,fi; dk,2011',
  'dk-se,bilateral,dk; se,2015',
  'fi-x,bilateral,fi; nobody,2012',
].join('\n');

beforeEach(() => {
  resetAtlas();
  useImport.setState({ preview: null });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadImport', () => {
  it('stores the previewed dataset object itself, without parsing JSON again', async () => {
    expect(
      await openSpreadsheetFiles([
        file('actors.csv', ACTORS),
        file('agreements.csv', AGREEMENTS.split('\n').slice(0, 3).join('\n')),
      ]),
    ).toBe(true);
    const preview = useImport.getState().preview!;
    expect(preview.result.valid).toBe(true);
    const parse = vi.spyOn(JSON, 'parse');
    expect(loadImport('all')).toBe(true);
    expect(parse).not.toHaveBeenCalled();
    expect(useAtlas.getState().dataset).toBe(preview.result.dataset);
    expect(useAtlas.getState().source).toBe('actors.csv + agreements.csv');
    expect(useImport.getState().preview).toBeNull();
  });

  it('skips the bad rows and reports the same warnings, each at its sheet place', async () => {
    await openSpreadsheetFiles([file('actors.csv', ACTORS), file('agreements.csv', AGREEMENTS)]);
    const preview = useImport.getState().preview!;
    expect(preview.result.valid).toBe(false);
    expect(loadImport('all')).toBe(false);
    const chosen = preview.result.skipBadRows;
    // The validator on the object finds what it found on the JSON text: the same problems at the same pointers.
    expect(validateDataset(chosen.dataset)).toEqual(validateDataset(JSON.parse(JSON.stringify(chosen.dataset))));
    expect(loadImport('skip-bad-rows')).toBe(true);
    expect(useAtlas.getState().dataset).toBe(chosen.dataset);
    expect(useAtlas.getState().dataset!.agreements.map((a) => a.id)).toEqual(['fi-dk', 'dk-se']);
    expect(useAtlas.getState().warnings).toContainEqual(
      expect.objectContaining({
        pointer: 'agreements.csv row 4',
        message: expect.stringMatching(/^not loaded \(skipped\): /),
      }),
    );
  });
});
