// The bump chart on screen: one line per actor over the years, rank 1 on top; hover or focus highlights, click opens it.
import type { KeyboardEvent } from 'react';
import { FONT_SIZE, markerPath, pointsAttribute, type BumpLayout, type PlacedSeries } from './bump-layout';

/** A highlighted line and, when the pointer or the arrow keys chose one, its year. */
export interface Highlight {
  id: string;
  year: number | null;
}

interface Props {
  layout: BumpLayout;
  /** What the chart shows, for screen readers (the list beneath gives the lines one by one). */
  title: string;
  highlight: Highlight | null;
  onHighlight: (highlight: Highlight | null) => void;
  /** Opens the actor on the network. */
  onChoose: (id: string) => void;
}

/** The drawn year nearest to x in a series (for hover), or null when it has no drawn year. */
function nearestYear(entry: PlacedSeries, x: number): number | null {
  let best: number | null = null;
  let distance = Infinity;
  for (const point of entry.points) {
    const d = Math.abs(point.x - x);
    if (d < distance) [best, distance] = [point.year, d];
  }
  return best;
}

function Series({ entry, state, ...handlers }: { entry: PlacedSeries; state: 'on' | 'off' | 'none' } & Handlers) {
  const { series, style } = entry;
  const { onHighlight, onChoose, highlight } = handlers;
  const year = highlight?.id === series.id ? highlight.year : null;
  const move = (event: KeyboardEvent<SVGGElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(series.id);
      return;
    }
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    // The arrow keys walk through the drawn years, from the last one.
    const years = entry.points.map((point) => point.year);
    const at = year === null ? years.length - 1 : years.indexOf(year);
    const next = Math.min(years.length - 1, Math.max(0, at + (event.key === 'ArrowLeft' ? -1 : 1)));
    onHighlight({ id: series.id, year: years[next] ?? null });
  };
  const last = entry.points[entry.points.length - 1];
  return (
    <g
      className="bump-series"
      data-actor={series.id}
      data-state={state}
      tabIndex={0}
      role="button"
      // The name starts with the visible label (WCAG 2.5.3), then says the rest of what the line shows.
      aria-label={`${entry.label?.text ?? `${series.finalRank}. ${series.label}`}${
        entry.label && entry.label.text !== `${series.finalRank}. ${series.label}` ? ` (${series.label})` : ''
      }: rank ${series.finalRank}${last ? ` in ${last.year}` : ''}; open on the network`}
      onMouseMove={(event) => {
        const svg = event.currentTarget.ownerSVGElement;
        const box = svg?.getBoundingClientRect();
        const scale = box && box.width > 0 ? svg!.viewBox.baseVal.width / box.width : 1;
        const x = box ? (event.clientX - box.left) * scale : 0;
        onHighlight({ id: series.id, year: nearestYear(entry, x) });
      }}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight({ id: series.id, year: null })}
      onBlur={() => onHighlight(null)}
      onClick={() => onChoose(series.id)}
      onKeyDown={move}
    >
      {entry.runs.map((run, k) => (
        <g key={k}>
          {/* A wide invisible stroke: a 3-pixel line is hard to point at. */}
          <polyline className="bump-hit" points={pointsAttribute(run)} />
          <polyline className="bump-casing" points={pointsAttribute(run)} />
          <polyline className="bump-line" points={pointsAttribute(run)} stroke={style.color} />
        </g>
      ))}
      {entry.points
        .filter((point) => point.marked || point.year === year)
        .map((point) => (
          <path
            key={point.year}
            className={point.year === year ? 'bump-point current' : 'bump-point'}
            d={markerPath(style.shape, point.x, point.y, point.year === year ? 6.5 : 4.5)}
            fill={point.out ? '#ffffff' : style.color}
            stroke={style.color}
          />
        ))}
      {entry.label && (
        <g className="bump-label">
          {last && <line x1={last.x + 6} y1={entry.label.anchorY} x2={entry.label.x - 15} y2={entry.label.y - 4} />}
          <path d={markerPath(style.shape, entry.label.x - 9, entry.label.y - 4, 4.5)} fill={style.color} />
          <text x={entry.label.x} y={entry.label.y}>
            {entry.label.text}
          </text>
        </g>
      )}
    </g>
  );
}

interface Handlers {
  highlight: Highlight | null;
  onHighlight: (highlight: Highlight | null) => void;
  onChoose: (id: string) => void;
}

export function BumpChart({ layout, title, highlight, onHighlight, onChoose }: Props) {
  const { plot } = layout;
  // The highlighted line is drawn again on top (not moved there: moving a focused element would blur it).
  const on = highlight === null ? undefined : layout.series.find((entry) => entry.series.id === highlight.id);
  return (
    <svg
      className="bump-chart"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontSize={FONT_SIZE}
      aria-label={title}
    >
      <g className="bump-axis" aria-hidden="true">
        {layout.ranks.map(({ rank, y }) => (
          <g key={rank}>
            <line x1={plot.left} x2={plot.right} y1={y} y2={y} />
            <text x={plot.left - 8} y={y + 4} textAnchor="end">
              {rank}
            </text>
          </g>
        ))}
        <text x={plot.left - 8} y={layout.outY + 4} textAnchor="end">
          11+
        </text>
        {layout.ticks.map(({ year, x }) => (
          <text key={year} x={x} y={plot.bottom + 20} textAnchor="middle">
            {year}
          </text>
        ))}
      </g>
      {layout.series.map((entry) => (
        <Series
          key={entry.series.id}
          entry={entry}
          state={highlight === null ? 'none' : highlight.id === entry.series.id ? 'on' : 'off'}
          highlight={highlight}
          onHighlight={onHighlight}
          onChoose={onChoose}
        />
      ))}
      {on && (
        <g className="bump-on-top" aria-hidden="true">
          {on.runs.map((run, k) => (
            <g key={k}>
              <polyline className="bump-casing" points={pointsAttribute(run)} />
              <polyline className="bump-line" points={pointsAttribute(run)} stroke={on.style.color} />
            </g>
          ))}
          {on.points
            .filter((point) => point.marked || point.year === highlight?.year)
            .map((point) => (
              <path
                key={point.year}
                d={markerPath(on.style.shape, point.x, point.y, point.year === highlight?.year ? 6.5 : 4.5)}
                fill={point.out ? '#ffffff' : on.style.color}
                stroke={on.style.color}
              />
            ))}
        </g>
      )}
    </svg>
  );
}
