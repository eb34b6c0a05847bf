// Spreadsheet files to save: the empty templates and the loaded dataset as .xlsx or CSV (loaded on first use, .xlsx code lazily).
import type { TextFile } from '../../model/sheets';
import { datasetToCsvFiles, loadXlsx, makeTemplateCsvFiles } from '../../model/sheets';
import type { Dataset } from '../../model/types';
import { currentSteps, useStory, withStoryViews } from '../../state/story';
import { useAtlas } from '../../state/store';
import { downloadBlob, fileStem } from '../present/download';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEMPLATE_NAME = 'alliance-atlas-template.xlsx';

/** A file ready to be offered as a download link. */
export interface OfferedFile {
  name: string;
  blob: Blob;
}

/**
 * The loaded dataset as it should be written: with the story as its views once the story was edited
 * here (as the JSON export does), otherwise exactly as loaded, so an unedited dataset round-trips.
 */
function datasetToSave(): Dataset {
  const { dataset, datasetVersion } = useAtlas.getState();
  if (dataset === null) throw new Error('No dataset is loaded, so there is nothing to save. Open one first.');
  const story = useStory.getState();
  return story.edited && story.datasetVersion === datasetVersion ? withStoryViews(dataset, currentSteps()) : dataset;
}

/** The writer's bytes as a Blob, without a copy when they sit in an ordinary ArrayBuffer (they do: fflate makes them). */
const xlsxBlob = (bytes: Uint8Array): Blob =>
  new Blob(
    [
      bytes.buffer instanceof ArrayBuffer
        ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        : bytes.slice(),
    ],
    {
      type: XLSX_TYPE,
    },
  );

const csvBlob = (file: TextFile): OfferedFile => ({
  name: file.name,
  blob: new Blob([file.text], { type: 'text/csv;charset=utf-8' }),
});

/** The CSV template pair (actors.csv, agreements.csv) with example rows. */
export const templateCsvFiles = (): OfferedFile[] => makeTemplateCsvFiles().map(csvBlob);

/** The loaded dataset as CSV files named `<title>-actors.csv`, … (the import reads the list from the name's end). */
export function datasetCsvFiles(): OfferedFile[] {
  const dataset = datasetToSave();
  // Shorter than a whole title, so the list's sheet name at the end stays visible in a file dialog.
  const stem = fileStem(dataset.title).slice(0, 32).replace(/-+$/, '');
  return datasetToCsvFiles(dataset).map((file) => csvBlob({ name: `${stem}-${file.name}`, text: file.text }));
}

export async function saveTemplateWorkbook(): Promise<void> {
  const { makeTemplateWorkbook } = await loadXlsx();
  downloadBlob(xlsxBlob(makeTemplateWorkbook()), TEMPLATE_NAME);
}

/** The loaded dataset as an .xlsx workbook in the import layout. */
export async function saveDatasetWorkbook(): Promise<void> {
  const dataset = datasetToSave();
  const { datasetToWorkbook } = await loadXlsx();
  downloadBlob(xlsxBlob(datasetToWorkbook(dataset)), `${fileStem(dataset.title)}.xlsx`);
}
