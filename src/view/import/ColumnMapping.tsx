// The import preview's column mapping: per sheet, each header and the field it fills, with a select to read it otherwise.
import type { ImportOptions, SheetKind, SheetSummary, SheetTable } from '../../model/sheets/types';
import { chooseSheetKind, remapColumn } from '../../state/import';
import { groupedInteger } from '../../model/number-text';

/** Select values that cannot be field names (no field starts with a colon). */
const EXTRA = ':extra';
const SKIP = ':skip';

interface Props {
  sheets: readonly SheetSummary[];
  tables: readonly SheetTable[];
  options: ImportOptions;
  fields: Readonly<Record<string, readonly string[]>>;
}

const KINDS: SheetKind[] = ['actors', 'agreements', 'sectors', 'sources', 'countries', 'views', 'dataset'];

/** Which list a sheet fills; choosing re-reads the file (a CSV called export.csv can be read as agreements). */
function SheetKindSelect({ sheet }: { sheet: SheetSummary }) {
  return (
    <label className="sheet-kind">
      Read as{' '}
      <select
        value={sheet.kind ?? SKIP}
        onChange={(event) => {
          const next = event.currentTarget.value;
          chooseSheetKind(sheet.name, next === SKIP ? null : (next as SheetKind));
        }}
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kind === 'dataset' ? 'dataset (key and value)' : kind}
          </option>
        ))}
        <option value={SKIP}>not read</option>
      </select>
    </label>
  );
}

const own = <T,>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

const HOW: Record<NonNullable<SheetSummary['detectedBy']>, string> = {
  name: 'recognised by its name',
  header: 'recognised by its header',
  choice: 'as you chose',
};

/** The spreadsheet's column letter: 0 → A, 26 → AA. */
function letterOf(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function describe(sheet: SheetSummary): string {
  if (sheet.kind === null) return 'not read (notes, or a sheet the import does not know)';
  const rows = `${groupedInteger(sheet.rows)} ${sheet.rows === 1 ? 'row' : 'rows'}`;
  return `${sheet.detectedBy ? HOW[sheet.detectedBy] : ''}: ${rows}, header in row ${sheet.headerRow}`;
}

function SheetColumns({
  sheet,
  table,
  options,
  fields,
}: { sheet: SheetSummary; table?: SheetTable } & Omit<Props, 'sheets' | 'tables'>) {
  const kind = sheet.kind;
  if (kind === null || table === undefined) return null;
  const headers = (table.rows[sheet.headerRow - 1] ?? []).map((cell) => cell.trim());
  const choices = own(options.columns, sheet.name);
  const choosable = kind !== 'dataset' ? (own(fields, kind) ?? []) : [];
  return (
    <table className="mapping-table">
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Header</th>
          <th scope="col">Read as</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => {
          if (header === '') return null;
          const mapping = sheet.columns.find((column) => column.index === index);
          const leftOut = own(choices, header) === null;
          const value = leftOut ? SKIP : mapping === undefined ? '' : mapping.known ? mapping.field : EXTRA;
          return (
            <tr key={index} className={mapping?.known ? undefined : 'unmapped'}>
              <td>{mapping?.letter ?? letterOf(index)}</td>
              <th scope="row">{header}</th>
              <td>
                {kind === 'dataset' || (mapping === undefined && !leftOut) ? (
                  mapping ? (
                    mapping.field
                  ) : (
                    'ignored: the same field appears in another column'
                  )
                ) : (
                  <select
                    aria-label={`${sheet.name} column ${header}: read as`}
                    value={value}
                    onChange={(event) => {
                      const next = event.currentTarget.value;
                      remapColumn(sheet.name, header, next === SKIP ? null : next === EXTRA ? header : next);
                    }}
                  >
                    {choosable.map((field) => (
                      <option key={field} value={field}>
                        {field}
                      </option>
                    ))}
                    <option value={EXTRA}>extra key “{header}” (kept as is)</option>
                    <option value={SKIP}>leave this column out</option>
                  </select>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ColumnMapping({ sheets, tables, options, fields }: Props) {
  return (
    <div className="column-mapping">
      {sheets.map((sheet, i) => (
        <section key={i} className="mapping-sheet" aria-label={`Sheet ${sheet.name}`}>
          <h4>
            {sheet.name} <span className="note">{describe(sheet)}</span>
          </h4>
          <SheetKindSelect sheet={sheet} />
          {sheet.unmapped.length > 0 && (
            <p className="note">
              Not a field of {sheet.kind}, kept as extra keys: {sheet.unmapped.join(', ')}
            </p>
          )}
          <SheetColumns
            sheet={sheet}
            table={tables.find((table) => table.name === sheet.name)}
            options={options}
            fields={fields}
          />
        </section>
      ))}
    </div>
  );
}
