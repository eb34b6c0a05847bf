// One test per validation rule of format.md: each breaks the spec's example in one place and checks pointer and message.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate';
import { errorsOf, example } from './helpers';
import { cases } from './rule-cases';

describe('validateDataset errors, one per rule', () => {
  it('accepts the example of format.md with no warnings', () => {
    expect(validateDataset(example())).toEqual({ ok: true, dataset: example(), warnings: [] });
  });

  it.each(cases)('$rule', ({ breakIt, replaceWith, pointer, message }) => {
    const dataset = example();
    breakIt(dataset);
    const result = validateDataset(replaceWith ?? dataset);
    expect(result.ok).toBe(false);
    const errors = errorsOf(result);
    expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
    expect(errors[0]).toMatchObject({ severity: 'error', pointer });
    expect(errors[0]?.message).toMatch(message);
  });

  it('reports a bilateral agreement listing the same party twice as both a repeat and too few parties', () => {
    const dataset = example();
    dataset.agreements[0]!.parties = ['clean-denmark', 'clean-denmark'];
    const errors = errorsOf(validateDataset(dataset));
    expect(errors.map((e) => e.pointer)).toEqual(['/agreements/0/parties/1', '/agreements/0/parties']);
  });

  it('reports a party that is not text once, without also counting the parties', () => {
    const dataset = example();
    dataset.agreements[0]!.parties = ['cleantech-finland', 7];
    const errors = errorsOf(validateDataset(dataset));
    expect(errors.map((e) => e.pointer)).toEqual(['/agreements/0/parties/1']);
    expect(errors[0]?.message).toMatch(
      /each entry of "parties" of agreement "fi-dk-cleantech-2011" must be an id written as text, not 7/,
    );
  });

  it('says when a referenced list is missing altogether', () => {
    const dataset = example();
    delete (dataset as { sources?: unknown }).sources;
    const errors = errorsOf(validateDataset(dataset));
    expect(errors.map((e) => e.pointer)).toEqual(['/actors/0/sources/0', '/agreements/0/sources/0']);
    expect(errors[0]?.message).toMatch(/the file has no "sources" list; add one/);
  });

  it('accepts a country code the dataset declares even when ISO does not know it', () => {
    const dataset = example();
    dataset.countries.push({ code: 'EU', label: 'European Union', lat: 50.8, lon: 4.4 });
    dataset.actors[2]!.country = 'EU';
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('escapes ~ and / in pointers (RFC 6901)', () => {
    const dataset = example();
    dataset.actors[0]!['a/b~c'] = 1;
    const result = validateDataset(dataset);
    expect(result.warnings.map((w) => w.pointer)).toEqual(['/actors/0/a~1b~0c']);
  });
});
