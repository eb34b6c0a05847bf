// What-if: add a hypothetical agreement (gaps, coverage and ranks recompute at once), list, remove, export.
import { useState } from 'react';
import type { Pair } from './PairMatrix';
import { AGREEMENT_KINDS, type AgreementKind, type Dataset, type Filters } from '../../model/types';
import { AGREEMENT_KIND_LABELS } from '../labels';
import { addWhatIf } from '../../state/whatif';
import { BridgeSuggestion } from './BridgeSuggestion';
import type { Names } from './gap-data';
import { WhatIfList } from './WhatIfList';
import { messageOf } from '../../model/errors';

interface Props {
  dataset: Dataset;
  filters: Filters;
  sector: string;
  /** The gap chosen in the matrix, offered as a starting point. */
  pair: Pair | null;
  hypothetical: ReadonlySet<string>;
  names: Names;
}

/** The actor to propose for a country in a sector: a cluster first, then by label. */
function proposeActor(dataset: Dataset, country: string, sector: string): string | undefined {
  const candidates = dataset.actors.filter((a) => a.country === country && (a.sectors ?? []).includes(sector));
  candidates.sort(
    (a, b) => Number(b.kind === 'cluster') - Number(a.kind === 'cluster') || a.label.localeCompare(b.label),
  );
  return candidates[0]?.id;
}

export function WhatIfPanel({ dataset, filters, sector, pair, hypothetical, names }: Props) {
  const [parties, setParties] = useState<string[]>(['', '']);
  const [kind, setKind] = useState<AgreementKind>('bilateral');
  const [problem, setProblem] = useState<string | null>(null);
  const actors = [...dataset.actors].sort(
    (a, b) => names.country(a.country).localeCompare(names.country(b.country)) || a.label.localeCompare(b.label),
  );
  const setParty = (index: number, id: string): void =>
    setParties((list) => list.map((value, i) => (i === index ? id : value)));
  const add = (spec: { parties: string[]; kind: AgreementKind }): void => {
    try {
      addWhatIf({ ...spec, sectors: [sector] });
      setProblem(null);
      setParties(['', '']);
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <section className="what-if" aria-labelledby="what-if-title">
      <h3 id="what-if-title">What if… a new agreement in {names.sector(sector)}</h3>
      {pair !== null && (
        <button
          type="button"
          onClick={() => {
            setParties(pair.map((code) => proposeActor(dataset, code, sector) ?? ''));
            setKind('bilateral');
          }}
        >
          Fill in a tie for {names.country(pair[0])} – {names.country(pair[1])}
        </button>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add({ parties: parties.filter((p) => p !== ''), kind });
        }}
      >
        {parties.map((value, index) => (
          <label key={index} className="field">
            Party {index + 1}
            <select value={value} onChange={(event) => setParty(index, event.target.value)}>
              <option value="">Choose an actor…</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.label} ({actor.country})
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" onClick={() => setParties((list) => [...list, ''])}>
          Another party
        </button>
        <label className="field">
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as AgreementKind)}>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {AGREEMENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add what-if agreement</button>
        {problem !== null && (
          <p role="alert" className="problem">
            {problem}
          </p>
        )}
      </form>
      <BridgeSuggestion dataset={dataset} filters={filters} sector={sector} names={names} onAdd={add} />
      <WhatIfList dataset={dataset} hypothetical={hypothetical} names={names} />
    </section>
  );
}
