// The JSON Schema file for editors: up to date with schema-spec.ts, and agreeing with the validator on every fixture and rule case.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { jsonSchema } from '../../../src/model/json-schema';
import { parseJsonText } from '../../../src/model/json-text';
import { ProblemList } from '../../../src/model/problems';
import { validateDataset } from '../../../src/model/validate';
import { ShapeChecker } from '../../../src/model/validate-shape';
import { example, fixturePath } from './helpers';
import { cases } from './rule-cases';

const schemaFile = new URL('../../../data/alliance-graph.schema.json', import.meta.url);
const committed = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(committed);

/** The validator's shape errors only: what a JSON Schema can express (no references, duplicates or party counts). */
function shapeErrors(value: unknown): string[] {
  const problems = new ProblemList();
  new ShapeChecker(problems).checkDataset(value);
  return problems.errors.map((p) => p.pointer);
}

const fixtures = (['valid', 'invalid'] as const).flatMap((kind) =>
  readdirSync(new URL(`../../fixtures/${kind}/`, import.meta.url))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ kind, name, parsed: parseJsonText(readFileSync(fixturePath(kind, name), 'utf8')) })),
);

describe('data/alliance-graph.schema.json', () => {
  it('is the output of scripts/build-schema.ts (run `npx tsx scripts/build-schema.ts` after changing schema-spec.ts)', () => {
    expect(committed).toEqual(jsonSchema());
  });

  it('is a valid draft 2020-12 schema under ajv strict mode', () => {
    expect(ajv.validateSchema(committed)).toBe(true);
  });

  it.each(fixtures.filter((f) => f.parsed.ok))(
    'agrees with the validator on fixture $kind/$name',
    ({ kind, parsed }) => {
      if (!parsed.ok) return;
      const shape = shapeErrors(parsed.value);
      expect(schemaAccepts(parsed.value), JSON.stringify(schemaAccepts.errors)).toBe(shape.length === 0);
      if (kind === 'valid') expect(validateDataset(parsed.value).ok).toBe(true);
      else expect(validateDataset(parsed.value).ok).toBe(false);
    },
  );

  it.each(
    readdirSync(new URL('../../../data/', import.meta.url)).filter(
      (name) => name.endsWith('.json') && name !== 'alliance-graph.schema.json',
    ),
  )('accepts the shipped dataset data/%s, as the validator does', (name) => {
    const value = JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8')) as unknown;
    expect(schemaAccepts(value), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(validateDataset(value).ok).toBe(true);
  });

  it('has shape errors in the fixtures meant for them, and none in the references fixture', () => {
    const byName = new Map(fixtures.map((f) => [f.name, f.parsed]));
    const value = (name: string) => {
      const parsed = byName.get(name);
      return parsed?.ok ? parsed.value : undefined;
    };
    expect(schemaAccepts(value('wrong-types.json'))).toBe(false);
    expect(schemaAccepts(value('format-wrong.json'))).toBe(false);
    expect(schemaAccepts(value('references.json'))).toBe(true);
  });

  it.each(cases)('agrees with the validator on rule case "$rule"', ({ breakIt, replaceWith }) => {
    const dataset = example();
    breakIt(dataset);
    // Through JSON text, as an editor sees the file (Infinity becomes null there, still not a positive number).
    const value = JSON.parse(JSON.stringify(replaceWith ?? dataset)) as unknown;
    expect(schemaAccepts(value), JSON.stringify(schemaAccepts.errors)).toBe(shapeErrors(value).length === 0);
  });

  it('points where the validator points, for the shape errors of wrong-types.json', () => {
    const parsed = fixtures.find((f) => f.name === 'wrong-types.json')?.parsed;
    if (!parsed?.ok) throw new Error('fixture missing');
    schemaAccepts(parsed.value);
    const ajvPlaces = new Set(
      (schemaAccepts.errors ?? []).map((e) =>
        e.keyword === 'required' ? e.instancePath : e.instancePath.replace(/\/(anyOf|oneOf)$/, ''),
      ),
    );
    for (const place of shapeErrors(parsed.value)) expect(ajvPlaces, place).toContain(place);
  });
});
