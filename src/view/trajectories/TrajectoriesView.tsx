// The trajectories view: the top 10's rank over the years as a bump chart, linked to the network, with PNG/SVG/CSV.
import './trajectories.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { METRICS, type MetricName } from '../../embed/view-state';
import { messageOf } from '../../model/errors';
import { CREDIT_BAND } from '../../model/exports/svg';
import { countryName } from '../../model/countries';
import { selectActor, setSize, setViewMode } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { requestTrajectories, useTrajectories } from '../../state/trajectories';
import { OTHER_COLOR } from '../../render/encoding';
import { METRIC_LABELS } from '../labels';
import { fileStem } from '../present/download';
import { creditOf } from '../present/share-links';
import { formatNumber } from '../rankings/rankings-data';
import { TrajectoryProgress } from '../TrajectoryProgress';
import { BumpChart, type Highlight } from './BumpChart';
import { countryColorsOf } from './bump-colors';
import { bumpCsv, bumpData, type BumpData } from './bump-data';
import { layoutBump, markerPath, seriesStyles, type BumpLayout, type SeriesStyle } from './bump-layout';
import { bumpSvg, LEGEND_BAND, TITLE_BAND } from './bump-svg';
import { TieNote } from './TieNote';
import { useFrameSize } from './use-frame-size';

/** Below this chart width the labels right of the lines go, and a list beneath names them. */
const NARROW = 480;
/** The exported picture's chart size, the same whatever the window: a slide's proportions. */
const EXPORT = { width: 1200, height: 620, labelWidth: 300 };

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "Top 10 by betweenness in 2026, their rank each year from 2003". */
function captionOf(data: BumpData): string {
  const first = data.years[0];
  const span = first === undefined || first === data.year ? '' : ` from ${first} to ${data.year}`;
  return (
    `Top ${data.series.length} by ${METRIC_LABELS[data.metric].toLowerCase()} in ${data.year}: their rank each year${span}. ` +
    'A hollow marker is a rank below 10th; a gap, a year without any agreement.'
  );
}

/** What the highlighted line says in words: the chosen (or last) year's rank and value, and its best rank. */
function readoutOf(
  data: BumpData,
  highlight: Highlight | null,
  country: (code: string) => string,
  narrow: boolean,
): string {
  const series = highlight === null ? undefined : data.series.find((s) => s.id === highlight.id);
  if (series === undefined) {
    return narrow
      ? 'Tap a line or a name to open the actor on the network.'
      : 'Point at a line, or tab to it, to read its ranks; click it to open the actor on the network.';
  }
  const drawn = series.points.filter((point) => point.present && point.rank !== null);
  const point = drawn.find((p) => p.year === highlight!.year) ?? drawn[drawn.length - 1];
  const best = drawn.reduce((a, b) => (b.rank! < a.rank! ? b : a), drawn[0]!);
  const metric = METRIC_LABELS[data.metric];
  const at = point
    ? `${point.year}: ${ordinal(point.rank!)}, ${metric.toLowerCase()} ${formatNumber(data.metric, point.value)}`
    : '';
  return `${series.label} (${country(series.country)}) · ${at} · best ${ordinal(best.rank!)} in ${best.year}`;
}

function SeriesList({ layout, onChoose }: { layout: BumpLayout; onChoose: (id: string) => void }) {
  return (
    <ol className="bump-list" aria-label="The lines of the chart">
      {layout.series.map(({ series, style }) => (
        <li key={series.id}>
          <button type="button" onClick={() => onChoose(series.id)}>
            <Swatch style={style} />
            {series.finalRank}. {series.label}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** What the colours mean: the countries of the lines drawn, as the network's legend names them. */
function CountryKey({ layout, country }: { layout: BumpLayout; country: (code: string) => string }) {
  // Countries past the palette share the network's grey, which its legend calls "Other": one entry here too.
  const seen = new Map<string, string>();
  for (const { series, style } of layout.series) {
    const name = style.color === OTHER_COLOR ? 'Other countries' : country(series.country);
    if (!seen.has(name)) seen.set(name, style.color);
  }
  return (
    <ul className="bump-key" aria-label="Line colours: the actor's country, as on the network">
      {[...seen].map(([name, color]) => (
        <li key={name}>
          <span className="bump-key-swatch" style={{ background: color }} aria-hidden="true" />
          {name}
        </li>
      ))}
    </ul>
  );
}

const Swatch = ({ style }: { style: SeriesStyle }) => (
  <svg className="bump-swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
    <path d={markerPath(style.shape, 6, 6, 4.5)} fill={style.color} stroke="#1f2328" strokeWidth="0.5" />
  </svg>
);

export function TrajectoriesView() {
  const dataset = useAtlas((s) => s.dataset);
  const filters = useAtlas((s) => s.view.filters);
  const projection = useAtlas((s) => s.view.projection);
  const metric = useAtlas((s) => s.view.size);
  const status = useTrajectories((s) => s.status);
  const result = useTrajectories((s) => s.result);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const size = useFrameSize(frame);

  // On entering the view and whenever what it depends on changes: the store reuses a result it already has.
  useEffect(() => {
    if (dataset !== null) requestTrajectories();
  }, [dataset, filters, projection]);

  const data = useMemo(() => (result === null ? null : bumpData(result, metric)), [result, metric]);
  const styles = useMemo(
    () => (data === null || dataset === null ? [] : seriesStyles(data.series, countryColorsOf(dataset))),
    [data, dataset],
  );
  if (dataset === null) return <p className="trajectories-empty">No dataset loaded.</p>;
  const country = (code: string): string => countryName(code, dataset);
  const narrow = size.width > 0 && size.width < NARROW;
  const width = Math.max(260, size.width);
  const height = narrow ? Math.round(Math.max(220, Math.min(width * 0.85, 320))) : Math.max(300, size.height);
  const layout =
    data === null
      ? null
      : layoutBump(data, styles, { width, height, labelWidth: narrow ? 0 : Math.min(300, width * 0.3) });

  const choose = (id: string): void => {
    selectActor(id);
    setViewMode('graph');
  };
  const stem = fileStem(dataset.title);
  const exportSvg = (): { svg: string; width: number; height: number } => {
    const big = layoutBump(data!, styles, EXPORT);
    const colorOf = countryColorsOf(dataset);
    const named = data!.series.map((s) => ({
      label: colorOf(s.country) === OTHER_COLOR ? 'Other countries' : country(s.country),
      color: colorOf(s.country),
    }));
    const legend = named.filter((item, k) => named.findIndex((other) => other.label === item.label) === k);
    const svg = bumpSvg(big, {
      title: `${dataset.title ?? 'Alliance Atlas'} — trajectories`,
      subtitle: captionOf(data!),
      legend,
      credit: creditOf(useAtlas.getState(), window.location.href),
    });
    return { svg, width: EXPORT.width, height: TITLE_BAND + EXPORT.height + LEGEND_BAND + CREDIT_BAND };
  };
  const run = (action: () => Promise<void> | void): void => {
    setMessage(null);
    Promise.resolve()
      .then(action)
      .catch((error: unknown) => setMessage(messageOf(error)));
  };
  /** The writers load on first use, as the export menu's do. */
  const exports = (): Promise<typeof import('./bump-export')> => import('./bump-export');
  const savePng = async (): Promise<void> => {
    const picture = exportSvg();
    await (await exports()).saveBumpPng(picture.svg, picture.width, picture.height, stem);
  };
  const ready = status === 'done' && data !== null && layout !== null && data.series.length > 0;

  const readout = ready && (
    <p className="bump-readout" role="status">
      {readoutOf(data, highlight, country, narrow)}
    </p>
  );

  const tieNote = ready && result !== null && (
    <TieNote data={data} trajectories={result} onRankBy={setSize} short={narrow} />
  );

  return (
    <div className={narrow ? 'trajectories-view narrow' : 'trajectories-view'} data-state={ready ? 'ready' : status}>
      <h2>Trajectories</h2>
      <div className="trajectories-bar">
        <div className="field">
          <label htmlFor="trajectories-metric">Rank by</label>
          <select
            id="trajectories-metric"
            value={metric}
            onChange={(event) => setSize(event.target.value as MetricName)}
          >
            {METRICS.map((key) => (
              <option key={key} value={key}>
                {METRIC_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="trajectories-downloads" role="group" aria-label="Download the chart">
          <button type="button" disabled={!ready} onClick={() => run(savePng)}>
            PNG
          </button>
          <button
            type="button"
            disabled={!ready}
            onClick={() => run(async () => (await exports()).saveBumpSvg(exportSvg().svg, stem))}
          >
            SVG
          </button>
          <button
            type="button"
            disabled={!ready}
            onClick={() => run(async () => (await exports()).saveBumpCsv(bumpCsv(data!), stem))}
          >
            CSV
          </button>
        </div>
      </div>
      {message && (
        <p className="trajectories-note" role="alert">
          {message}
        </p>
      )}
      <TrajectoryProgress />
      {status === 'done' && data !== null && data.series.length === 0 && (
        <p className="trajectories-note">No actor has an agreement in any year under these filters.</p>
      )}
      {/* In a narrow frame the chart comes first (after a crowded rank's short note), and the words under it. */}
      {ready && !narrow && <p className="trajectories-caption">{captionOf(data)}</p>}
      {/* Above the chart at every width: it explains lines that lie on top of each other before the reader looks. */}
      {tieNote}
      {ready && !narrow && readout}
      <div className="bump-frame" ref={frame} style={narrow ? { height } : undefined}>
        {ready && (
          <BumpChart
            layout={layout}
            title={captionOf(data)}
            highlight={highlight}
            onHighlight={setHighlight}
            onChoose={choose}
          />
        )}
      </div>
      {ready && <CountryKey layout={layout} country={country} />}
      {ready && narrow && readout}
      {ready && narrow && <SeriesList layout={layout} onChoose={choose} />}
      {ready && narrow && <p className="trajectories-caption">{captionOf(data)}</p>}
    </div>
  );
}
