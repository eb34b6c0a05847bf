// "Which single agreement would connect the most?": the best bridging agreement of a sector, in words, one click to try.
import { useState } from 'react';
import { bestBridgingAgreement, type BridgeSuggestion as Suggestion } from '../../analysis/whatif';
import type { AgreementKind, Dataset, Filters } from '../../model/types';
import type { Names } from './gap-data';
import { plural } from './gap-data';

interface Props {
  dataset: Dataset;
  filters: Filters;
  sector: string;
  names: Names;
  onAdd: (spec: { parties: string[]; kind: AgreementKind }) => void;
}

/** The suggestion in one sentence. */
export function suggestionText(s: Suggestion, names: Names): string {
  const who = s.parties.map((id, i) => `${names.actor(id)} (${names.country(s.countries[i] ?? '')})`).join(', ');
  const gaps = s.closesGaps.map(([c, d]) => `${names.country(c)}–${names.country(d)}`).join(', ');
  const parts = [
    s.closesGaps.length > 0 ? `close ${plural(s.closesGaps.length, 'gap')} (${gaps})` : '',
    s.connectsIsolated.length > 0 ? `connect ${plural(s.connectsIsolated.length, 'isolated actor')}` : '',
  ].filter(Boolean);
  return `A ${s.kind} agreement between ${who} would ${parts.join(' and ')} in ${names.sector(s.sector)}.`;
}

export function BridgeSuggestion({ dataset, filters, sector, names, onAdd }: Props) {
  const [shown, setShown] = useState<{ for: [Dataset, Filters, string]; suggestion: Suggestion | null } | null>(null);
  // The suggestion belongs to one dataset, filter and sector (the store replaces them when they change).
  const current =
    shown !== null && shown.for[0] === dataset && shown.for[1] === filters && shown.for[2] === sector ? shown : null;
  return (
    <div className="bridge">
      <button
        type="button"
        onClick={() =>
          setShown({ for: [dataset, filters, sector], suggestion: bestBridgingAgreement(dataset, filters, sector) })
        }
      >
        Suggest the agreement that would connect the most
      </button>
      {current !== null &&
        (current.suggestion === null ? (
          <p>Nothing to connect: every country with actors in {names.sector(sector)} is already joined.</p>
        ) : (
          <p>
            {suggestionText(current.suggestion, names)}{' '}
            <button
              type="button"
              onClick={() =>
                current.suggestion && onAdd({ parties: current.suggestion.parties, kind: current.suggestion.kind })
              }
            >
              Try it
            </button>
          </p>
        ))}
    </div>
  );
}
