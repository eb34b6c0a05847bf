// Where the PNG export puts the title, the legend and the network: the legend gets its own space, never over a node.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngLayoutInput {
  /** The canvas's size in CSS pixels (what cytoscape's picture shows). */
  viewWidth: number;
  viewHeight: number;
  /** The drawn graph's bounding box in the canvas's CSS pixels (labels included), or null when nothing is drawn. */
  content: { x1: number; y1: number; x2: number; y2: number } | null;
  /**
   * The legend box's size in one column, or null for no legend; with `rows` and `rowHeight` given, a legend
   * placed below the network is spread over as many columns as the width holds.
   */
  legend: { width: number; height: number; rows?: number; rowHeight?: number } | null;
  titleBand: number;
  creditBand: number;
}

export interface PngLayout {
  /** The whole picture in CSS pixels (times the export scale in device pixels). */
  width: number;
  height: number;
  /** The legend's box, or null; nothing of the network is drawn inside it. */
  legend: Rect | null;
  /** How many columns the legend's rows are spread over (each `legend.width / legendColumns` wide). */
  legendColumns: number;
  /** The part of the canvas's picture that is drawn, in the canvas's CSS pixels. */
  source: Rect;
  /** Where that part lands in the picture: `source` scaled by `scale`, inside the area left for the network. */
  target: Rect;
  scale: number;
  /** Top of the credit band. */
  creditTop: number;
}

/** Space between the legend, the network and the picture's edges. */
export const LAYOUT_PAD = 10;
/** The legend stands beside the network while its column leaves the network this share of the width, else below. */
const BESIDE_SHARE = 0.6;

const clampRect = (rect: Rect, width: number, height: number): Rect => {
  const x = Math.max(0, rect.x);
  const y = Math.max(0, rect.y);
  return {
    x,
    y,
    width: Math.max(1, Math.min(width, rect.x + rect.width) - x),
    height: Math.max(1, Math.min(height, rect.y + rect.height) - y),
  };
};

/**
 * The picture's layout: the title band on top, the legend in a column of its own left of the network (below it,
 * in as many columns as fit, on a narrow canvas), and the drawn part of the canvas (its graph's bounding box,
 * padded, within the view) scaled down only as far as needed to fit the area that is left, centred in it. The
 * picture keeps the canvas's width.
 */
export function pngLayout(input: PngLayoutInput): PngLayout {
  const { viewWidth: width, viewHeight, titleBand, creditBand } = input;
  const legendSize = input.legend;
  const column = legendSize ? legendSize.width + 2 * LAYOUT_PAD : 0;
  const beside = legendSize !== null && width - column >= BESIDE_SHARE * width;
  const below = legendSize !== null && !beside;
  const whole: Rect = { x: 0, y: 0, width, height: viewHeight };
  const source = input.content
    ? clampRect(
        {
          x: input.content.x1 - LAYOUT_PAD,
          y: input.content.y1 - LAYOUT_PAD,
          width: input.content.x2 - input.content.x1 + 2 * LAYOUT_PAD,
          height: input.content.y2 - input.content.y1 + 2 * LAYOUT_PAD,
        },
        width,
        viewHeight,
      )
    : whole;
  // Beside: the body is the canvas's height (or the legend's); below: only as tall as the drawn graph, so the
  // legend follows the network without the canvas's empty margin in between.
  const bodyHeight = beside
    ? Math.max(viewHeight, (legendSize?.height ?? 0) + 2 * LAYOUT_PAD)
    : below
      ? Math.ceil(source.height * Math.min(1, width / source.width))
      : viewHeight;
  const area: Rect = { x: beside ? column : 0, y: titleBand, width: width - (beside ? column : 0), height: bodyHeight };
  let legendColumns = 1;
  let legendHeight = legendSize?.height ?? 0;
  const { rows, rowHeight } = legendSize ?? {};
  if (below && legendSize && rows !== undefined && rowHeight !== undefined && rows > 1) {
    const fits = Math.floor((width - 2 * LAYOUT_PAD) / legendSize.width);
    legendColumns = Math.max(1, Math.min(fits, rows));
    legendHeight = legendSize.height - (rows - Math.ceil(rows / legendColumns)) * rowHeight;
  }
  const legend: Rect | null = legendSize
    ? {
        x: LAYOUT_PAD,
        y: titleBand + (beside ? 0 : bodyHeight) + LAYOUT_PAD,
        width: legendSize.width * legendColumns,
        height: legendHeight,
      }
    : null;
  const scale = Math.min(1, area.width / source.width, area.height / source.height);
  const target: Rect = {
    x: area.x + (area.width - source.width * scale) / 2,
    y: area.y + (area.height - source.height * scale) / 2,
    width: source.width * scale,
    height: source.height * scale,
  };
  const legendBelow = below ? legendHeight + 2 * LAYOUT_PAD : 0;
  const creditTop = titleBand + bodyHeight + legendBelow;
  return { width, height: creditTop + creditBand, legend, legendColumns, source, target, scale, creditTop };
}

/** Where a point of the canvas (CSS pixels) lands in the picture. */
export const placeInPicture = (layout: PngLayout, x: number, y: number): { x: number; y: number } => ({
  x: layout.target.x + (x - layout.source.x) * layout.scale,
  y: layout.target.y + (y - layout.source.y) * layout.scale,
});
