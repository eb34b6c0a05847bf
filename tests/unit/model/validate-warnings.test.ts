// The warnings of format.md (unknown keys, lone actors, domestic and repeated agreements): the file still loads.
import { describe, expect, it } from 'vitest';
import { parseDatasetText, validateDataset } from '../../../src/model/validate';
import type { Problem } from '../../../src/model/types';
import { example } from './helpers';

const warningsOf = (value: unknown): Problem[] => {
  const result = validateDataset(value);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.warnings;
};

describe('warnings', () => {
  it('warns once per unknown key name, pointing at the first in file order, and keeps the values', () => {
    const dataset = example();
    dataset.employees = 5;
    dataset.actors.forEach((actor) => (actor.employees = 10));
    dataset.agreements[1]!.sector = 'cleantech';
    const warnings = warningsOf(dataset);
    expect(warnings.map((w) => w.pointer)).toEqual(['/actors/0/employees', '/agreements/1/sector']);
    expect(warnings[0]?.message).toBe(
      'unknown key "employees" is kept but not used by the app (found 4 times: actor records ×3, the top level ×1)',
    );
    expect(warnings[1]?.message).toMatch(/unknown key "sector" .* did you mean "sectors"\?/);
    const result = validateDataset(dataset);
    expect(result.ok && result.dataset.actors[0]).toHaveProperty('employees', 10);
  });

  it('knows "$schema" at the top level (no warning)', () => {
    const dataset = { $schema: '../data/alliance-graph.schema.json', ...example() };
    expect(warningsOf(dataset)).toEqual([]);
  });

  it('knows "version" at the top level as a text key (no warning, kept as written)', () => {
    const result = validateDataset({ ...example(), version: '2.0.0' });
    expect(result.warnings).toEqual([]);
    expect(result.ok && result.dataset.version).toBe('2.0.0');
  });

  it('warns about "__proto__" as an unknown key like any other, without changing the result', () => {
    const plain = parseDatasetText(JSON.stringify(example()));
    const text = JSON.stringify(example()).replace(
      '"id":"clean-denmark",',
      '"id":"clean-denmark","__proto__":{"kind":"agency","sectors":["health"]},"constructor":1,',
    );
    const result = parseDatasetText(text);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      {
        severity: 'warning',
        pointer: '/actors/1/__proto__',
        message: 'unknown key "__proto__" is kept but not used by the app',
      },
      {
        severity: 'warning',
        pointer: '/actors/1/constructor',
        message: 'unknown key "constructor" is kept but not used by the app',
      },
    ]);
    if (!result.ok || !plain.ok) return;
    const actor = result.dataset.actors[1]!;
    expect(actor.kind).toBe('cluster');
    expect(Object.getPrototypeOf(actor)).toBe(Object.prototype);
    expect(Object.hasOwn(actor, '__proto__')).toBe(true);
    expect(result.dataset.actors.map((a) => [a.id, a.kind, a.sectors])).toEqual(
      plain.dataset.actors.map((a) => [a.id, a.kind, a.sectors]),
    );
  });

  it('warns about an actor in no agreement', () => {
    const dataset = example();
    dataset.actors.push({ id: 'lonely', label: 'Lonely cluster', kind: 'cluster', country: 'EE' });
    expect(warningsOf(dataset)).toEqual([
      {
        severity: 'warning',
        pointer: '/actors/3',
        message: 'actor "lonely" is party to no agreement: it will show without any tie',
      },
    ]);
  });

  it('warns about a domestic agreement, naming the country', () => {
    const dataset = example();
    dataset.actors[1]!.country = 'FI';
    const warnings = warningsOf(dataset);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ pointer: '/agreements/0' });
    expect(warnings[0]?.message).toMatch(
      /^agreement "fi-dk-cleantech-2011" is domestic: all its parties are in Finland/,
    );
  });

  it('warns about two agreements with the same kind, parties and sectors, in any order', () => {
    const dataset = example();
    dataset.agreements.push({
      id: 'again',
      kind: 'bilateral',
      parties: ['clean-denmark', 'cleantech-finland'],
      sectors: ['cleantech'],
      since: 2015,
    });
    const warnings = warningsOf(dataset);
    expect(warnings.map((w) => w.pointer)).toEqual(['/agreements/2']);
    expect(warnings[0]?.message).toMatch(/same kind, parties and sectors as the agreement at \/agreements\/0/);
  });

  it('compares multilateral parties as sets: same members in another order repeat, a different third does not', () => {
    const dataset = example();
    dataset.agreements.push(
      {
        id: 'stars-again',
        kind: 'multilateral',
        parties: ['latvian-it-cluster', 'cleantech-finland', 'clean-denmark'],
      },
      { id: 'stars-other', kind: 'multilateral', parties: ['clean-denmark', 'cleantech-finland'] },
    );
    const warnings = warningsOf(dataset);
    expect(warnings.map((w) => [w.pointer, w.message.slice(0, 40)])).toEqual([
      ['/agreements/2', 'agreement "stars-again" has the same kin'],
    ]);
    expect(warnings[0]?.message).toContain('as the agreement at /agreements/1');
  });

  it('does not warn when the kind or sectors differ', () => {
    const dataset = example();
    const base = { parties: ['clean-denmark', 'cleantech-finland'], since: 2015 };
    dataset.agreements.push({ id: 'other-kind', kind: 'other', sectors: ['cleantech'], ...base });
    dataset.agreements.push({ id: 'other-sector', kind: 'bilateral', sectors: ['health'], ...base });
    expect(warningsOf(dataset)).toEqual([]);
  });

  it('lists warnings next to errors when the file is refused', () => {
    const dataset = example();
    dataset.extra = true;
    dataset.agreements[0]!.weight = -1;
    const result = validateDataset(dataset);
    expect(result.ok).toBe(false);
    expect(result.warnings.map((w) => w.pointer)).toEqual(['/extra']);
  });
});
