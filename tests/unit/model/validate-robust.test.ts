// Loading under stress: many errors at once, hostile ids and keys, deep nesting, JSON syntax errors, suggestions.
import { describe, expect, it } from 'vitest';
import { actorIdOf, actorKey, buildActorGraph, buildCountryGraph } from '../../../src/model/graph';
import { findJsonError, parseJsonText } from '../../../src/model/json-text';
import { editDistance, suggest } from '../../../src/model/suggest';
import { emptyFilters } from '../../../src/model/types';
import { formatProblem, parseDatasetText, validateDataset } from '../../../src/model/validate';
import { MAX_KEPT_DEPTH } from '../../../src/model/validate-shape';
import { errorsOf, example } from './helpers';

describe('every problem at once', () => {
  it('reports several unrelated errors in one pass, in file order per check', () => {
    const dataset = example();
    dataset.actors[0]!.kind = 'firm';
    dataset.actors[2]!.lat = 91;
    dataset.agreements[1]!.parties = ['cleantech-finland', 'nobody'];
    dataset.agreements[0]!.weight = 0;
    const errors = errorsOf(validateDataset(dataset));
    expect(errors.map((e) => e.pointer)).toEqual([
      '/actors/0/kind',
      '/actors/2/lat',
      '/agreements/0/weight',
      '/agreements/1/parties/1',
    ]);
  });

  it('reports all of 150 unknown parties (more than the 100 the spec asks for)', () => {
    const dataset = example();
    for (let i = 0; i < 150; i++)
      dataset.agreements.push({ id: `bad-${i}`, kind: 'other', parties: ['clean-denmark', `ghost-${i}`] });
    const errors = errorsOf(validateDataset(dataset));
    expect(errors.length).toBe(150);
    expect(errors[149]).toMatchObject({ pointer: '/agreements/151/parties/1' });
    expect(errors[149]?.message).toMatch(/unknown actor "ghost-149"/);
  });
});

describe('ids and keys that look like JavaScript internals', () => {
  const hostile = ['__proto__', 'constructor', 'toString'];
  const dataset = {
    format: 'alliance-graph@1',
    sectors: [{ id: '__proto__', label: 'Proto sector' }],
    actors: hostile.map((id, i) => ({
      id,
      label: id,
      kind: 'cluster',
      country: ['FI', 'SE', 'EE'][i],
      sectors: ['__proto__'],
    })),
    agreements: [
      { id: 'a', kind: 'bilateral', parties: ['__proto__', 'constructor'], weight: 2 },
      { id: 'b', kind: 'multilateral', parties: ['__proto__', 'constructor', 'toString'] },
      { id: 'constructor', kind: 'other', parties: ['toString', '__proto__'] },
    ],
  };
  // Through JSON text, as a file would arrive: JSON.parse makes "__proto__" an own key.
  const result = parseDatasetText(JSON.stringify(dataset));

  it('validates them like any other id', () => {
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('reports an unknown "__proto__" party instead of finding something on Object.prototype', () => {
    const broken = structuredClone(dataset);
    broken.actors = broken.actors.slice(1);
    const errors = errorsOf(parseDatasetText(JSON.stringify(broken)));
    expect(errors.map(formatProblem)).toContain(
      '/agreements/0/parties/0: agreement "a" refers to unknown actor "__proto__" — add it to "actors" or fix the id',
    );
  });

  it('builds the actor graph with the right edges and summed weights', () => {
    if (!result.ok) throw new Error('expected a valid dataset');
    const graph = buildActorGraph(result.dataset, emptyFilters());
    const key = actorKey;
    expect(graph.nodes().map(actorIdOf).sort()).toEqual([...hostile].sort());
    expect(graph.getEdgeAttributes(key('__proto__'), key('constructor'))).toEqual({
      weight: 3,
      agreements: ['a', 'b'],
    });
    expect(graph.getEdgeAttributes(key('__proto__'), key('toString'))).toEqual({
      weight: 2,
      agreements: ['b', 'constructor'],
    });
    expect(graph.getEdgeAttributes(key('constructor'), key('toString'))).toEqual({ weight: 1, agreements: ['b'] });
    expect(graph.degree(key('__proto__'))).toBe(2);
    expect(graph.size).toBe(3);
    const sectorFiltered = buildActorGraph(result.dataset, { ...emptyFilters(), sectors: ['__proto__'] });
    expect(sectorFiltered.order).toBe(3);
    expect(buildCountryGraph(result.dataset, emptyFilters()).getEdgeAttribute('FI', 'SE', 'weight')).toBe(2);
  });
});

describe('deep nesting under an unknown key', () => {
  it('reads 50,000 levels of nested arrays without crashing and refuses them with one error at the key', () => {
    const depth = 50_000;
    const text = JSON.stringify(example()).replace(/}$/, `,"deep":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    const result = parseDatasetText(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([
      `/deep: the value of "deep" is nested more than ${MAX_KEPT_DEPTH} levels deep: unknown keys are kept and exported, and no export or spreadsheet can hold one this deep; flatten it or remove the key`,
    ]);
  });

  it('locates a syntax error at the bottom of 50,000 levels without overflowing the stack', () => {
    const depth = 50_000;
    const text = `{"deep":${'['.repeat(depth)}}`;
    expect(findJsonError(text)).toEqual({
      offset: 8 + depth,
      reason: 'this "}" does not close the last open bracket: check the brackets',
    });
  });
});

describe('JSON syntax errors', () => {
  const cases: [string, string, number, number, RegExp][] = [
    [
      'trailing comma in a list',
      '{\n  "a": 1,\n  "b": [1, 2,]\n}',
      3,
      13,
      /this comma has nothing after it before the "\]"/,
    ],
    ['trailing comma in an object', '{\n  "a": 1,\n}', 2, 9, /this comma has nothing after it before the "}"/],
    ['wrong closing bracket', '{"a": [}', 1, 8, /does not close the last open bracket/],
    ['missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}" here: is a comma missing\?/],
    ['single quotes', "{\n  'a': 1\n}", 2, 3, /expected a key in double quotes/],
    ['unclosed text', '{"a": "x\n}', 1, 9, /line break or tab/],
    ['cut short', '{"actors": [', 1, 13, /ends where a value was expected/],
    ['text after the end', '{} {}', 1, 4, /more text after the end/],
    ['a comment', '{\n  // note\n  "a": 1\n}', 2, 3, /expected a key in double quotes/],
    ['empty file', '', 1, 1, /ends where a value was expected/],
  ];
  it.each(cases)('%s: line %#', (_name, text, line, column, reason) => {
    const parsed = parseJsonText(text);
    expect(parsed).toMatchObject({ ok: false, line, column });
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    const errors = errorsOf(parseDatasetText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.pointer).toBe('');
    expect(errors[0]?.message).toContain(`not valid JSON, at line ${line}, column ${column}:`);
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"]}', '[]', ' 0 ', '"x"', '{"a":{}}'])
      expect(findJsonError(text), text).toBeNull();
    for (const text of ['{"a":01}', '[1,]', '{"a" 1}', 'nul', '"\\x"', '[1}']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(findJsonError(text), text).not.toBeNull();
    }
  });

  it('ignores a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${JSON.stringify(example())}`).ok).toBe(true);
  });
});

describe('suggestions', () => {
  it('computes edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('suggests the obvious id and nothing when nothing is close', () => {
    const ids = ['clean-denmark', 'cleantech-finland', 'latvian-it-cluster'];
    expect(suggest('clean-dk', ids)).toBe('clean-denmark');
    expect(suggest('Clean-Denmark', ids)).toBe('clean-denmark');
    expect(suggest('cleantech-finlnd', ids)).toBe('cleantech-finland');
    expect(suggest('health-norway', ids)).toBeUndefined();
    expect(suggest('x', ids)).toBeUndefined();
  });
});
