// Keyboard-first search (ARIA combobox with a listbox) over actor, country and agreement names, accent-insensitive.
import { useId, useState } from 'react';
import { search, type SearchEntry, type SearchKind } from '../../model/search';

interface Props {
  label: string;
  /** The entries to search; called on the first keystroke, since building it costs ~0.4 s at 50,000 agreements. */
  getIndex: () => readonly SearchEntry[];
  onChoose: (entry: SearchEntry) => void;
  /** Only these kinds are offered (e.g. actors for the path finder). */
  kinds?: readonly SearchKind[];
  placeholder?: string;
  /** Keep the chosen label in the box (pickers) rather than clearing it (search). */
  keepChoice?: boolean;
  /** The text the box opens with (a picker's current choice, e.g. a path's ends read from a link). */
  initialText?: string;
  limit?: number;
}

const KIND_WORD: Record<SearchKind, string> = { actor: 'Actor', country: 'Country', agreement: 'Agreement' };

export function SearchBox(props: Props) {
  const { label, getIndex, onChoose, kinds, placeholder, keepChoice = false, initialText = '', limit = 12 } = props;
  const id = useId();
  const [query, setQuery] = useState(initialText);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = query.trim() !== '';
  // The box may open with a choice already in it (initialText): the list waits for the reader's own typing.
  const expanded = open && typed;
  // Searched only while the list shows: a path opened by a link fills both of the path finder's boxes, and at 5,000
  // actors the search index (every actor and agreement folded for matching) was ~100 ms of that link's first task.
  const index = expanded ? getIndex() : [];
  const hits = expanded ? search(kinds ? index.filter((e) => kinds.includes(e.kind)) : index, query, limit) : [];
  const optionId = (i: number): string => `${id}-option-${i}`;

  const choose = (entry: SearchEntry): void => {
    onChoose(entry);
    setQuery(keepChoice ? entry.label : '');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[Math.min(active, hits.length - 1)];
      if (expanded && hit) {
        event.preventDefault();
        choose(hit.entry);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setQuery('');
    }
  };

  const activeIndex = Math.min(active, hits.length - 1);
  return (
    <div className="search-box">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits.length > 0 ? optionId(activeIndex) : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: results`} hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="option" aria-disabled="true" aria-selected="false">
            Nothing matches “{query.trim()}”
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.entry.kind}\u0001${hit.entry.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              // mousedown, not click: it comes before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit.entry);
              }}
            >
              <span className="search-label">{hit.entry.label}</span>{' '}
              <span className="search-detail">
                {KIND_WORD[hit.entry.kind]} · {hit.entry.detail}
              </span>
            </li>
          ))}
      </ul>
      <span className="visually-hidden" aria-live="polite">
        {expanded ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : ''}
      </span>
    </div>
  );
}
