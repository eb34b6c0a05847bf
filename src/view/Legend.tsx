// Explains every encoding of the graph: what colour, node size and each line style mean.
import { ILLUSTRATIVE_LINE_COLOR, type GraphElements } from '../render/elements';
import type { ReactNode } from 'react';
import { safeColor } from '../model/color';
import { setLegendOpen } from '../state/actions';
import { currentHypothetical, useWhatIf } from '../state/whatif';
import { WHAT_IF_LINE } from './gaps/compare-scene';
import { useAtlas } from '../state/store';
import { useGraphScene } from './graph-scene';
import { isNarrowFrame } from './narrow-frame';
import { OVER_CANVAS_ATTRIBUTE } from '../render/over-canvas';
import {
  LEGEND_LINE_WIDTH,
  LINE_ENCODINGS,
  LINE_PATTERNS,
  type ColorLegend,
  type Encoding,
  type LineEncoding,
} from '../render/encoding';
import { threeFigures } from '../model/number-text';

/**
 * Names longer than this wrap in half of the legend's width ("Cluster organisation", "Export promotion"), which reads
 * as two entries: such a list takes one column.
 */
const LONGEST_IN_TWO_COLUMNS = 14;

const listClass = (labels: readonly string[]): string =>
  labels.some((label) => label.length > LONGEST_IN_TWO_COLUMNS) ? 'legend-list legend-list-wide' : 'legend-list';

/** What the node colours mean: category swatches, or a metric's ramp and range. */
export function ColorPart({ legend }: { legend: ColorLegend }) {
  if (legend.type === 'metric') {
    return (
      <section aria-label="Colour">
        <h3>Colour: {legend.title}</h3>
        <div className="legend-ramp" style={{ background: `linear-gradient(to right, ${legend.stops.join(', ')})` }} />
        <div className="legend-ramp-ends">
          <span>{threeFigures(legend.min)}</span>
          <span>{threeFigures(legend.max)}</span>
        </div>
        <p className="legend-note">
          {legend.pinned
            ? 'Range fixed by this view, so steps compare; values beyond it take the end colours.'
            : 'Range: lowest to highest value shown.'}
        </p>
        {legend.missing > 0 && <p className="legend-note">Grey: not computed yet ({legend.missing})</p>}
      </section>
    );
  }
  return (
    <section aria-label="Colour">
      <h3>Colour: {legend.title}</h3>
      <ul className={listClass(legend.entries.map((entry) => entry.label))}>
        {legend.entries.map((entry) => (
          <li key={`${entry.value}\u0001${entry.label}`}>
            {/* A data colour becomes CSS here: checked, so a `url(…)` is never fetched (model/color.ts). */}
            <span className="legend-swatch" style={{ background: safeColor(entry.color) }} aria-hidden="true" />
            {/* One box for name and count, so a wrapped name keeps its count after it, not in a column of its own. */}
            <span>
              {entry.label} <span className="legend-count">({entry.count})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A line kind as the canvas strokes it: the dash pattern and cap of LINE_PATTERNS, which the exports use too. */

/** A line style's sample as the canvas draws it (LINE_PATTERNS): in this legend and the compare view's. */
export function LineSample({
  line,
  width = LEGEND_LINE_WIDTH,
  length = 28,
}: {
  line: Pick<LineEncoding, 'style' | 'color'>;
  width?: number;
  length?: number;
}) {
  const pattern = LINE_PATTERNS[line.style];
  const dash = pattern.dash.length > 0 ? pattern.dash.join(' ') : undefined;
  return (
    <svg width={length} height="10" aria-hidden="true" className="legend-line">
      <line
        x1="1"
        y1="5"
        x2={length - 1}
        y2="5"
        stroke={line.color}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeLinecap={pattern.cap}
      />
    </svg>
  );
}

/** The legend's box: open or closed as the view says (a link carries it), by default open unless the frame is narrow. */
function LegendBox({ children }: { children: ReactNode }) {
  const wanted = useAtlas((s) => s.view.legend);
  // A narrow frame starts with the legend closed, so it never covers the network (the link may say otherwise).
  const narrow = isNarrowFrame();
  const open = wanted ?? !narrow;
  return (
    <details
      className="legend"
      // Over a small embed's canvas, labels keep off it (render/labels.ts); beside the canvas it covers none.
      {...{ [OVER_CANVAS_ATTRIBUTE]: '' }}
      open={open}
      aria-label="Legend"
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now !== open) setLegendOpen(now === !narrow ? null : now);
      }}
    >
      {children}
    </details>
  );
}

interface Props {
  encoding: Encoding;
  lineKinds: GraphElements['lineKinds'];
  /** Drawn ties that rest on illustrative agreements only. */
  illustrativeTies?: number;
}

export function Legend({ encoding, lineKinds, illustrativeTies = 0 }: Props) {
  const { sizeLegend } = encoding;
  const datasetVersion = useAtlas((s) => s.datasetVersion);
  const whatIfs = currentHypothetical(useWhatIf(), datasetVersion).size;
  return (
    <LegendBox>
      <summary>Legend</summary>
      <ColorPart legend={encoding.colorLegend} />
      <section aria-label="Size">
        <h3>Size: {sizeLegend.title}</h3>
        <div className="legend-sizes">
          {[
            [sizeLegend.min, sizeLegend.minSize],
            [sizeLegend.max, sizeLegend.maxSize],
          ].map(([value, size], i) => (
            <span key={i} className="legend-size">
              <span className="legend-dot" style={{ width: `${size}px`, height: `${size}px` }} aria-hidden="true" />
              {threeFigures(value ?? 0)}
            </span>
          ))}
        </div>
      </section>
      {whatIfs > 0 && (
        <section aria-label="What-if">
          <h3>What-if agreements</h3>
          <ul className="legend-list legend-list-wide">
            <li>
              <LineSample line={WHAT_IF_LINE} width={WHAT_IF_LINE.width} />
              What-if ({whatIfs}): wide, dashed, purple; not in the data
            </li>
          </ul>
        </section>
      )}
      {lineKinds.length > 0 && (
        <section aria-label="Lines">
          <h3>Lines: kind of agreement</h3>
          <ul className={listClass(lineKinds.map((kind) => LINE_ENCODINGS[kind].label))}>
            {lineKinds.map((kind) => (
              <li key={kind}>
                <LineSample line={LINE_ENCODINGS[kind]} />
                {LINE_ENCODINGS[kind].label}
              </li>
            ))}
          </ul>
          <p className="legend-note">
            Thicker: more or heavier agreements between the pair. Several kinds: one pair, agreements of more than one
            kind.
          </p>
        </section>
      )}
      {illustrativeTies > 0 && (
        <section aria-label="Evidence">
          <h3>Evidence</h3>
          <ul className="legend-list legend-list-wide">
            <li>
              <LineSample line={{ style: 'solid', color: ILLUSTRATIVE_LINE_COLOR }} />
              Illustrative only ({illustrativeTies}): pale; not documented by a source
            </li>
          </ul>
        </section>
      )}
    </LegendBox>
  );
}

/** The country view's legend: one colour, so only what size, line width and the labels mean. */
export function CountryLegend() {
  return (
    <LegendBox>
      <summary>Legend</summary>
      <section aria-label="Size">
        <h3>Circle size: actors in the country</h3>
        <p className="legend-note">Larger circles hold more actors after the filters.</p>
      </section>
      <section aria-label="Lines">
        <h3>Line width: agreements between the two countries</h3>
        <p className="legend-note">Each agreement with parties in both countries counts once.</p>
      </section>
      <section aria-label="Labels">
        <h3>Labels: country (actors)</h3>
        <p className="legend-note">
          Where a name has no room beside its circle: the country&rsquo;s two-letter code, or a thin line to its name.
          Point at a circle for its name.
        </p>
      </section>
    </LegendBox>
  );
}

/**
 * The legend of whatever the network canvas shows, for the side panel: actor encodings in the network
 * view, the country legend in the country view, nothing for views that are not the canvas.
 */
export function GraphLegend() {
  const scene = useGraphScene();
  const mode = useAtlas((s) => s.view.view);
  if (scene === null || (mode !== 'graph' && mode !== 'country')) return null;
  if (mode === 'country') return <CountryLegend />;
  return (
    <Legend
      encoding={scene.encoding}
      lineKinds={scene.elements.lineKinds}
      illustrativeTies={scene.elements.illustrativeTies ?? 0}
    />
  );
}
