// The "Spreadsheets" dialog: open .xlsx/.csv files, download the empty templates, save the dataset as .xlsx or CSV.
import { useEffect, useRef, useState } from 'react';
import { openSpreadsheetFiles } from '../../state/import';
import { useAtlas } from '../../state/store';
import { Modal } from '../present/Modal';
import './import.css';
import { messageOf } from '../../model/errors';
import { groupedInteger } from '../../model/number-text';

type Downloads = typeof import('./downloads');
/** The writers (and papaparse) are imported when the dialog opens, not with the app. */
const loadDownloads = (): Promise<Downloads> => import('./downloads');

interface Link {
  name: string;
  href: string;
  size: number;
}

const kb = (bytes: number): string => `${groupedInteger(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** Download links (blob: URLs) for the CSV files, made when the dialog opens and revoked when it closes. */
function useCsvLinks(datasetVersion: number): { templates: Link[]; dataset: Link[]; error: string | null } {
  const [links, setLinks] = useState<{ templates: Link[]; dataset: Link[]; error: string | null }>({
    templates: [],
    dataset: [],
    error: null,
  });
  useEffect(() => {
    let cancelled = false;
    const urls: string[] = [];
    const toLink = (file: { name: string; blob: Blob }): Link => {
      const href = URL.createObjectURL(file.blob);
      urls.push(href);
      return { name: file.name, href, size: file.blob.size };
    };
    void loadDownloads()
      .then((downloads) => {
        if (cancelled) return;
        const templates = downloads.templateCsvFiles().map(toLink);
        const dataset = useAtlas.getState().dataset ? downloads.datasetCsvFiles().map(toLink) : [];
        setLinks({ templates, dataset, error: null });
      })
      .catch((cause: unknown) => {
        if (!cancelled) setLinks({ templates: [], dataset: [], error: messageOf(cause) });
      });
    return () => {
      cancelled = true;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [datasetVersion]);
  return links;
}

function LinkList({ links, label }: { links: Link[]; label: string }) {
  if (links.length === 0) return <p className="note">Preparing…</p>;
  return (
    <ul className="download-links" aria-label={label}>
      {links.map((link) => (
        <li key={link.name}>
          <a href={link.href} download={link.name}>
            {link.name}
          </a>{' '}
          <span className="note">{kb(link.size)}</span>
        </li>
      ))}
    </ul>
  );
}

export function SpreadsheetDialog({ onClose }: { onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const datasetVersion = useAtlas((s) => s.datasetVersion);
  const hasDataset = useAtlas((s) => s.dataset !== null);
  const links = useCsvLinks(datasetVersion);
  const [message, setMessage] = useState<string | null>(null);
  const save = async (what: 'template' | 'dataset'): Promise<void> => {
    setMessage('Preparing the workbook…');
    try {
      const downloads = await loadDownloads();
      await (what === 'template' ? downloads.saveTemplateWorkbook() : downloads.saveDatasetWorkbook());
      setMessage(null);
    } catch (cause) {
      setMessage(`Could not make the workbook: ${messageOf(cause)}`);
    }
  };
  return (
    <Modal title="Spreadsheets" onClose={onClose} className="spreadsheet-dialog">
      <h3>Open a spreadsheet</h3>
      <p className="note">
        One .xlsx workbook, or one or more .csv files (actors.csv, agreements.csv, …). You see what was read, and every
        problem by sheet, row and column, before anything is loaded. Dropping the files on the window works too.
      </p>
      <button type="button" data-autofocus onClick={() => input.current?.click()}>
        Choose .xlsx or .csv files…
      </button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv,.tsv,text/csv"
        multiple
        hidden
        data-testid="spreadsheet-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          if (files.length === 0) return;
          onClose();
          void openSpreadsheetFiles(files);
        }}
      />
      <h3>Empty templates</h3>
      <p className="note">Headers, an example row, and a notes sheet that explains every column.</p>
      <button type="button" onClick={() => void save('template')}>
        Excel template (.xlsx)
      </button>
      <LinkList links={links.templates} label="CSV template files" />
      <h3>This dataset</h3>
      {hasDataset ? (
        <>
          <p className="note">
            Every record as loaded (not only what the filters show), in the layout the import reads.
          </p>
          <button type="button" onClick={() => void save('dataset')}>
            Excel workbook (.xlsx)
          </button>
          <LinkList links={links.dataset} label="The dataset as CSV files" />
        </>
      ) : (
        <p className="note">No dataset is loaded.</p>
      )}
      {(message ?? links.error) && (
        <p className="export-message" role="status">
          {message ?? `Could not prepare the CSV files: ${links.error}`}
        </p>
      )}
    </Modal>
  );
}
