// A labelled group of checkboxes for one filter, where an empty selection means "no filter: everything passes".
import { useId } from 'react';

export interface CheckOption {
  value: string;
  label: string;
  /** How many actors (or agreements) have this value, shown after the label. */
  count?: number;
  /** A short word shown after the label, e.g. "target". */
  note?: string;
}

interface Props {
  legend: string;
  options: readonly CheckOption[];
  /** The filter's values; [] = all pass (every box shows ticked). */
  selected: readonly string[];
  onChange: (next: string[]) => void;
  children?: React.ReactNode;
}

/**
 * Ticking every box, or un-ticking the last one, goes back to "no filter", which is what an
 * empty list means in the format; so the boxes always say exactly what passes.
 */
export function toggleValue(all: readonly string[], selected: readonly string[], value: string): string[] {
  const current = new Set(selected.length === 0 ? all : selected);
  if (current.has(value)) current.delete(value);
  else current.add(value);
  const next = all.filter((v) => current.has(v));
  return next.length === all.length || next.length === 0 ? [] : next;
}

export function CheckList({ legend, options, selected, onChange, children }: Props) {
  const id = useId();
  const all = options.map((o) => o.value);
  const chosen = new Set(selected);
  const isOn = (value: string): boolean => selected.length === 0 || chosen.has(value);
  return (
    <fieldset className="check-list">
      <legend>
        {legend}
        <span className="check-list-state">
          {selected.length === 0 ? ' (all)' : ` (${selected.length} of ${options.length})`}
        </span>
      </legend>
      {children}
      <ul>
        {options.map((option, i) => (
          <li key={`${i}\u0001${option.value}`}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={isOn(option.value)}
              onChange={() => onChange(toggleValue(all, selected, option.value))}
            />
            <label htmlFor={`${id}-${i}`}>
              {option.label}
              {option.note && <span className="note"> · {option.note}</span>}
              {option.count !== undefined && <span className="count"> ({option.count})</span>}
            </label>
          </li>
        ))}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          Show all {legend.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
