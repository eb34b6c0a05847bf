// Shared test helpers for the model tests: the spec's example dataset as a fresh mutable copy, and problem lookups.
import { readFileSync } from 'node:fs';
import type { LoadResult, Problem } from '../../../src/model/types';

export type Json = { [key: string]: unknown };
export type JsonRecord = Json & { [key: string]: unknown };

const exampleText = readFileSync(new URL('../../fixtures/valid/spec-example.json', import.meta.url), 'utf8');

/** A fresh copy of the format.md example (valid, no warnings), to break in one place per test. */
export const example = (): {
  [key: string]: unknown;
  sources: JsonRecord[];
  sectors: JsonRecord[];
  countries: JsonRecord[];
  actors: JsonRecord[];
  agreements: JsonRecord[];
  views: JsonRecord[];
} => JSON.parse(exampleText);

export const errorsOf = (result: LoadResult): Problem[] => (result.ok ? [] : result.errors);

export const fixturePath = (kind: 'valid' | 'invalid', name: string): string =>
  new URL(`../../fixtures/${kind}/${name}`, import.meta.url).pathname;
