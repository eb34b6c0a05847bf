// @vitest-environment jsdom
// Fuzzed loaders and writers: mutated JSON, CSV and XLSX never throw or hang, and every problem points at a place that exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphML } from '../../../src/model/exports';
import { buildActorGraph } from '../../../src/model/graph';
import { CsvError, datasetToCsvFiles, readCsvFiles } from '../../../src/model/sheets/csv';
import { importSheets } from '../../../src/model/sheets/import';
import type { SheetProblem, SheetTable } from '../../../src/model/sheets/types';
import { datasetToWorkbook, readXlsx } from '../../../src/model/sheets/xlsx';
import { WorkbookError } from '../../../src/model/sheets/xlsx-read';
import { emptyFilters, type Dataset } from '../../../src/model/types';
import { parseDatasetText, validateDataset } from '../../../src/model/validate';
import {
  applyByteEdit,
  applyEdit,
  applyTextEdit,
  byteEdit,
  edit,
  hostileText,
  resolvePointer,
  textEdit,
} from './mutate';

/** The same cases on every run, so a red CI names a reproducible input; FUZZ_SEED=<n> explores others. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
/** Bounded time per case, generous for a busy 2-core machine: a hang or a quadratic blow-up shows as seconds. */
const CASE_MS = 3_000;
const SLOW = 120_000;

// jsdom gives import.meta.url an http scheme: the fixture is read from the repository root (vitest's cwd).
const small = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/small.json'), 'utf8')) as Dataset;

/** Runs `fn`, failing when it takes longer than CASE_MS. */
function timed<T>(fn: () => T): T {
  const started = performance.now();
  const result = fn();
  expect(performance.now() - started).toBeLessThan(CASE_MS);
  return result;
}

/** A validator pointer names a value in the input, or a missing key of an object or array that exists. */
function pointsIntoInput(value: unknown, pointer: string): boolean {
  if (resolvePointer(value, pointer).found) return true;
  const parent = resolvePointer(value, pointer.slice(0, pointer.lastIndexOf('/')));
  return parent.found && typeof parent.value === 'object' && parent.value !== null;
}

/** A sheet problem's place exists in the tables it was read from: sheet, row within the sheet, column within the row width. */
function placeExists(tables: SheetTable[], problem: SheetProblem): boolean {
  if (problem.sheet === null || problem.sheet === '') return problem.row === null;
  const table = tables.find((t) => t.name === problem.sheet);
  if (!table) return false;
  if (problem.row !== null && (problem.row < 1 || problem.row > Math.max(1, table.rows.length))) return false;
  if (problem.column !== null) {
    const width = Math.max(1, ...table.rows.map((row) => row.length));
    const index = [...problem.column.letter].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
    if (index < 0 || index >= width) return false;
  }
  return true;
}

describe('fuzzed JSON datasets', () => {
  it(
    'validate without throwing, within the time bound, and every pointer names a place in the mutated input',
    () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
          const mutated = edits.reduce<unknown>(applyEdit, small);
          const result = timed(() => validateDataset(mutated));
          const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
          for (const problem of problems) expect(pointsIntoInput(mutated, problem.pointer), problem.pointer).toBe(true);
        }),
        { seed: SEED, numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    'parse from edited text without throwing: broken JSON is one error at the file with its line and column',
    () => {
      const text = JSON.stringify(small, null, 2);
      fc.assert(
        fc.property(textEdit, (change) => {
          const result = timed(() => parseDatasetText(applyTextEdit(text, change)));
          if (!result.ok && result.errors[0]?.pointer === '' && /not valid JSON/.test(result.errors[0].message)) {
            expect(result.errors).toHaveLength(1);
            expect(result.errors[0].message).toMatch(/line \d+, column \d+/);
          }
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
    SLOW,
  );
});

describe('fuzzed CSV files', () => {
  it(
    'either fail with a CsvError that names the file, or import with every problem at an existing sheet, row and column',
    () => {
      const files = datasetToCsvFiles(small);
      fc.assert(
        fc.property(fc.nat(), textEdit, (which, change) => {
          const index = which % files.length;
          const edited = files.map((file, i) =>
            i === index ? { ...file, text: applyTextEdit(file.text, change) } : file,
          );
          let tables: SheetTable[];
          try {
            tables = timed(() => readCsvFiles(edited));
          } catch (error) {
            expect(error).toBeInstanceOf(CsvError);
            return;
          }
          const imported = timed(() => importSheets(tables));
          for (const problem of imported.problems) {
            expect(placeExists(tables, problem), JSON.stringify(problem)).toBe(true);
          }
        }),
        { seed: SEED, numRuns: 200 },
      );
    },
    SLOW,
  );
});

describe('fuzzed XLSX workbooks', () => {
  it(
    'either fail with a WorkbookError, or import with every problem at an existing sheet, row and column',
    () => {
      const bytes = datasetToWorkbook(small);
      fc.assert(
        fc.property(fc.array(byteEdit, { minLength: 1, maxLength: 3 }), (edits) => {
          const mutated = edits.reduce(applyByteEdit, bytes);
          let tables: SheetTable[];
          try {
            tables = timed(() => readXlsx(mutated));
          } catch (error) {
            expect(error).toBeInstanceOf(WorkbookError);
            return;
          }
          const imported = timed(() => importSheets(tables));
          for (const problem of imported.problems) {
            expect(placeExists(tables, problem), JSON.stringify(problem)).toBe(true);
          }
        }),
        { seed: SEED, numRuns: 150 },
      );
    },
    SLOW,
  );
});

describe('a workbook with a damaged sheet part (found by the fuzz test above)', () => {
  it('is refused with a WorkbookError that names the part, not an XML parser error', () => {
    const parts = unzipSync(datasetToWorkbook(small));
    const sheet = Object.keys(parts).find((name) => /worksheets\/sheet1\.xml$/.test(name))!;
    const xml = new TextDecoder().decode(parts[sheet]);
    parts[sheet] = new TextEncoder().encode(xml.replace('<c ', '</c><c '));
    expect(() => readXlsx(zipSync(parts))).toThrow(WorkbookError);
    expect(() => readXlsx(zipSync(parts))).toThrow(`the workbook part ${sheet} is damaged`);
  });
});

describe('fuzzed labels in the GEXF and GraphML exports', () => {
  const wellFormed = (text: string): Document => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    return doc;
  };

  it(
    'are always well-formed XML with one node per actor, whatever the labels, sector ids and title hold',
    () => {
      fc.assert(
        fc.property(fc.array(hostileText, { minLength: 3, maxLength: 3 }), hostileText, (labels, title) => {
          const dataset = structuredClone(small);
          labels.forEach((label, i) => {
            const actor = dataset.actors[i];
            if (actor) actor.label = label;
          });
          const graph = buildActorGraph(dataset, emptyFilters());
          const gexf = wellFormed(toGexf(graph, { title }));
          const graphml = wellFormed(toGraphML(graph, { title }));
          expect(gexf.getElementsByTagName('node')).toHaveLength(graph.order);
          expect(graphml.getElementsByTagName('node')).toHaveLength(graph.order);
        }),
        { seed: SEED, numRuns: 60 },
      );
    },
    SLOW,
  );
});
