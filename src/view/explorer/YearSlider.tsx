// The year filter: a slider over the dataset's years, and play/pause to watch the network grow and shrink.
import { useEffect, useId, useState } from 'react';
import type { Dataset } from '../../model/types';
import { memoLast } from '../../state/memo';
import { addPreparer } from '../../state/prepare';
import { useAtlas } from '../../state/store';
import { setYear, shownFilters } from '../../state/filters';
import { yearSpan } from './years';

const spanOf = memoLast(yearSpan);
// Found before a large dataset is stored (state/prepare.ts): a pass over every agreement's dates.
addPreparer(({ dataset }) => (dataset === null ? [] : [() => spanOf(dataset)]));
/** Time each year stays on screen while playing: long enough to read the counts. */
export const PLAY_STEP_MS = 900;

interface Props {
  dataset: Dataset;
  year: number | null;
}

export function YearSlider({ dataset, year }: Props) {
  const id = useId();
  const span = spanOf(dataset);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || span === null) return;
    // The address bar keeps one history entry for the whole play (see startUrlSync).
    useAtlas.setState({ animating: true });
    const timer = setInterval(() => {
      // Read the current year from the store at each tick, so the slider can also be moved while playing.
      const current = shownFilters(useAtlas.getState()).year;
      const next = current === null || current >= span[1] ? null : current + 1;
      if (next === null) {
        setPlaying(false);
        return;
      }
      setYear(next);
    }, PLAY_STEP_MS);
    return () => {
      clearInterval(timer);
      useAtlas.setState({ animating: false });
    };
  }, [playing, span]);

  if (span === null) return null;
  const [first, last] = span;
  const shown = year ?? last;
  const togglePlay = (): void => {
    if (playing) return setPlaying(false);
    // Start from the first year, unless paused part-way, so the network visibly grows.
    if (year === null || year >= last) setYear(first);
    setPlaying(true);
  };
  return (
    <fieldset className="year-slider">
      <legend>Year</legend>
      <div className="year-row">
        <input
          type="checkbox"
          id={`${id}-on`}
          checked={year !== null}
          onChange={(event) => {
            setPlaying(false);
            setYear(event.target.checked ? last : null);
          }}
        />
        <label htmlFor={`${id}-on`}>Only agreements active in one year</label>
      </div>
      <div className="year-row">
        <label htmlFor={`${id}-range`} className="visually-hidden">
          Year
        </label>
        <input
          type="range"
          id={`${id}-range`}
          min={first}
          max={last}
          step={1}
          value={shown}
          aria-valuetext={year === null ? `all years (${first}–${last})` : String(year)}
          onChange={(event) => setYear(Number(event.target.value))}
        />
        <output htmlFor={`${id}-range`} className="year-value" aria-live="polite">
          {year === null ? `All years` : year}
        </output>
      </div>
      <div className="year-row">
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? '❚❚ Pause' : '▶ Play years'}
        </button>
        <span className="hint">
          {first}–{last}
        </span>
      </div>
    </fieldset>
  );
}
