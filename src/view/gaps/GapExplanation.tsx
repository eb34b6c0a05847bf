// What one matrix cell stands for: the agreements joining two countries in a sector, or why the pair is a gap.
import { useEffect, useRef } from 'react';
import type { MatrixCell } from '../../analysis/gaps';
import type { Agreement } from '../../model/types';
import { AGREEMENT_KIND_LABELS } from '../labels';
import { plural } from './gap-data';
import type { Pair } from './PairMatrix';

interface Props {
  pair: Pair;
  cell: MatrixCell | undefined;
  gap: boolean;
  actorsIn: ReadonlyMap<string, number>;
  agreementsById: ReadonlyMap<string, Agreement>;
  hypothetical: ReadonlySet<string>;
  sectorName: string;
  countryName: (code: string) => string;
}

/** The sentence for a pair without agreements: a gap, or why it is not one. */
export function gapSentence(
  pair: Pair,
  actorsIn: ReadonlyMap<string, number>,
  sector: string,
  name: (c: string) => string,
) {
  const [c, d] = pair;
  const [nc, nd] = [actorsIn.get(c) ?? 0, actorsIn.get(d) ?? 0];
  if (nc > 0 && nd > 0) {
    return `${name(c)} has ${plural(nc, 'actor')} in ${sector}, ${name(d)} has ${nd}; no ${sector} agreement joins them.`;
  }
  const missing = [c, d].filter((code) => (actorsIn.get(code) ?? 0) === 0).map(name);
  return `${missing.join(' and ')} ${missing.length > 1 ? 'have' : 'has'} no actor in ${sector}, so this pair is not counted as a gap.`;
}

export function GapExplanation(props: Props) {
  const { pair, cell, gap, actorsIn, agreementsById, hypothetical, sectorName, countryName } = props;
  const [c, d] = pair;
  const section = useRef<HTMLElement>(null);
  // Where the explanation sits below the matrix (a narrow main area), bring it into view on each choice.
  // A block body: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'nearest' });
  }, [c, d]);
  const title = c === d ? `${countryName(c)}: domestic agreements` : `${countryName(c)} – ${countryName(d)}`;
  const agreements = (cell?.agreements ?? []).map((id) => agreementsById.get(id)).filter((a) => a !== undefined);
  return (
    <section ref={section} className={gap ? 'gap-explanation is-gap' : 'gap-explanation'} aria-live="polite">
      <h3>
        {title} in {sectorName}
      </h3>
      {agreements.length > 0 ? (
        <ul>
          {agreements.map((agreement) => (
            <li key={agreement.id}>
              {agreement.label ?? agreement.id}{' '}
              <span className="muted">({AGREEMENT_KIND_LABELS[agreement.kind] ?? agreement.kind})</span>
              {hypothetical.has(agreement.id) && <span className="badge">what-if</span>}
            </li>
          ))}
        </ul>
      ) : c === d ? (
        <p>No domestic agreement in {sectorName} here.</p>
      ) : (
        <p>{gapSentence(pair, actorsIn, sectorName, countryName)}</p>
      )}
    </section>
  );
}
