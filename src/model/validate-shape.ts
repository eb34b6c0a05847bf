// Checks a parsed file against the record descriptions of schema-spec.ts: required keys, value types, ranges, enums.
import { countryByName } from './countries';
import { describe, isRecord, nameOf, pointer, ProblemList, quote } from './problems';
import { COUNTRY_CODE_PATTERN, DATE_PATTERN, MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR, RECORDS } from './schema-spec';
import type { FieldSpec, RecordName, RecordSpec, ValueType } from './schema-spec';
import { suggest } from './suggest';

/** Where an unknown key name was first seen, and how often, per kind of record. */
export interface UnknownKey {
  firstPointer: string;
  count: number;
  places: Map<string, number>;
  suggestion: string | undefined;
}

const DATE = new RegExp(DATE_PATTERN);
const ID: ValueType = { type: 'id' };
const COUNTRY_CODE = new RegExp(COUNTRY_CODE_PATTERN);
const isYear = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR;
const codePoints = (text: string): number => [...text].length;

/** Why a value does not fit its type (the end of a sentence starting "must be"), or null when it fits. */
function expectation(type: ValueType, value: unknown): string | null {
  switch (type.type) {
    case 'const':
      return value === type.value ? null : `exactly ${quote(type.value)}`;
    case 'id':
      if (typeof value !== 'string') return 'an id written as text';
      if (value === '') return 'a non-empty id';
      if (codePoints(value) > MAX_ID_LENGTH)
        return `an id of at most ${MAX_ID_LENGTH} characters (this one has ${codePoints(value)})`;
      return null;
    case 'label':
      return typeof value === 'string' && /\S/.test(value) ? null : 'a non-empty text';
    case 'text':
      return typeof value === 'string' ? null : 'text';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true or false';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'a number';
    case 'count':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? null : 'a whole number, 0 or more';
    case 'lat':
      return typeof value === 'number' && value >= -90 && value <= 90 ? null : 'a latitude between -90 and 90';
    case 'lon':
      return typeof value === 'number' && value >= -180 && value <= 180 ? null : 'a longitude between -180 and 180';
    case 'year':
      return isYear(value) ? null : `a whole year between ${MIN_YEAR} and ${MAX_YEAR}`;
    case 'yearOrDate':
      if (isYear(value) || (typeof value === 'string' && DATE.test(value)) || (type.nullable && value === null))
        return null;
      return `a year between ${MIN_YEAR} and ${MAX_YEAR} or a date written YYYY-MM-DD${type.nullable ? ' (or null: still active)' : ''}`;
    case 'weight':
      return typeof value === 'number' && Number.isFinite(value) && value > 0 ? null : 'a positive number';
    case 'enum':
      return typeof value === 'string' && type.values.includes(value)
        ? null
        : `one of ${type.values.map((v) => quote(v)).join(', ')}`;
    case 'countryCode':
      return typeof value === 'string' && COUNTRY_CODE.test(value) ? null : 'a two-letter upper-case code such as "FI"';
    case 'ids':
      return Array.isArray(value) ? null : 'a list of ids, like ["a", "b"]';
    case 'list':
      return Array.isArray(value) ? null : `a list of ${type.of} records, like [{ … }]`;
  }
}

/** A "did you mean" for values of enum and country-code keys, where the wanted value is often obvious. */
function valueHint(type: ValueType, value: unknown): string {
  if (typeof value !== 'string') return '';
  let found: string | undefined;
  if (type.type === 'enum') found = suggest(value, type.values);
  if (type.type === 'countryCode')
    found = COUNTRY_CODE.test(value.toUpperCase()) ? value.toUpperCase() : countryByName(value);
  return found === undefined ? '' : ` (did you mean ${quote(found)}?)`;
}

/** The required keys of each record kind as a plain list: iterating the Map's entries allocated per record. */
const REQUIRED = new Map<RecordName, [string, FieldSpec][]>();
function requiredFields(name: RecordName): [string, FieldSpec][] {
  let list = REQUIRED.get(name);
  if (list === undefined) {
    list = [...RECORDS[name].fields].filter(([, field]) => field.required);
    REQUIRED.set(name, list);
  }
  return list;
}

/** How messages name a record; built only when a problem is reported (this runs for every record). */
const whoIs = (record: Record<string, unknown>, name: RecordName): string =>
  name === 'dataset' ? 'the file' : nameOf(record, RECORDS[name].noun, RECORDS[name].idKey ?? 'id');

/** Walks the file once; never descends into values under unknown keys, however deep they are. */
export class ShapeChecker {
  readonly unknownKeys = new Map<string, UnknownKey>();
  constructor(private readonly problems: ProblemList) {}

  checkDataset(value: unknown): boolean {
    if (!isRecord(value)) {
      this.problems.error(
        '',
        `the file must hold one JSON object ({ … }) with "format", "actors" and "agreements", not ${describe(value)}`,
      );
      return false;
    }
    this.checkRecord(value, 'dataset', '');
    return true;
  }

  private checkRecord(record: Record<string, unknown>, name: RecordName, at: string): void {
    const spec: RecordSpec = RECORDS[name];
    for (const [key, field] of requiredFields(name)) {
      if (!Object.hasOwn(record, key)) {
        const fix = key === 'format' ? `add "format": "${(field.value as { value: string }).value}"` : 'add it';
        this.problems.error(
          at,
          `${whoIs(record, name)} is missing "${key}", which every ${spec.noun === 'file' ? 'file' : spec.noun} needs: ${fix}`,
        );
      }
    }
    for (const key of Object.keys(record)) {
      const field = spec.fields.get(key);
      const value = record[key];
      if (field === undefined) {
        this.noteUnknownKey(key, at, spec);
        if (nestedDeeperThan(value, MAX_KEPT_DEPTH)) {
          this.problems.error(
            pointer(at, key),
            `the value of ${quote(key)} is nested more than ${MAX_KEPT_DEPTH} levels deep: unknown keys are kept and exported, and no export or spreadsheet can hold one this deep; flatten it or remove the key`,
          );
        }
        continue;
      }
      this.checkValue(value, field.value, key, at, record, name);
    }
  }

  /** `parent` is the record's pointer: the key's own pointer is only built when it is needed. */
  private checkValue(
    value: unknown,
    type: ValueType,
    key: string,
    parent: string,
    record: Record<string, unknown>,
    name: RecordName,
  ): void {
    const wanted = expectation(type, value);
    if (wanted === null && type.type !== 'ids' && type.type !== 'list') return;
    const at = pointer(parent, key);
    if (wanted !== null) {
      const who = whoIs(record, name);
      if (key === 'format' && name === 'dataset') {
        this.problems.error(
          at,
          `this app reads files in the format "${(type as { value: string }).value}", but "format" is ${describe(value)}: check that the file is an alliance-graph@1 dataset`,
        );
      } else {
        this.problems.error(
          at,
          `"${key}" of ${who} must be ${wanted}, not ${describe(value)}${valueHint(type, value)}`,
        );
      }
      return;
    }
    if (type.type === 'ids') {
      const items = value as unknown[];
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        const itemWanted = expectation(ID, item);
        if (itemWanted !== null)
          this.problems.error(
            pointer(at, index),
            `each entry of "${key}" of ${whoIs(record, name)} must be ${itemWanted}, not ${describe(item)}`,
          );
      }
    }
    if (type.type === 'list') {
      const noun = RECORDS[type.of].noun;
      const items = value as unknown[];
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        const itemAt = `${at}/${index}`;
        if (isRecord(item)) this.checkRecord(item, type.of, itemAt);
        else
          this.problems.error(
            itemAt,
            `each entry of "${key}" must be one ${noun} written as an object { … }, not ${describe(item)}`,
          );
      }
    }
  }

  private noteUnknownKey(key: string, parent: string, spec: RecordSpec): void {
    let entry = this.unknownKeys.get(key);
    if (entry === undefined) {
      const at = pointer(parent, key);
      const known = [...spec.fields.keys()];
      entry = { firstPointer: at, count: 0, places: new Map(), suggestion: suggest(key, known) };
      this.unknownKeys.set(key, entry);
    }
    entry.count++;
    const place = spec.noun === 'file' ? 'the top level' : `${spec.noun} records`;
    entry.places.set(place, (entry.places.get(place) ?? 0) + 1);
  }
}

/**
 * Deepest nesting an unknown key's value may have. Unknown values are kept and written back by every export;
 * JSON.stringify overflows the stack at a few thousand levels in Node and browsers, so far less is allowed.
 */
export const MAX_KEPT_DEPTH = 256;

/** True when arrays and objects nest more than `limit` levels (counted without recursion, stopping early). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (depth > limit) return true;
    const children = Array.isArray(item) ? item : Object.values(item as Record<string, unknown>);
    for (const child of children) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}
