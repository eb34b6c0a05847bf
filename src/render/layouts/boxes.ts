// The grouped layout's boxes: their keys, their elements, and titles that stay readable when zoomed out.
import type { ElementDefinition, NodeSingular } from 'cytoscape';
import { textWidthAt100 } from '../label-text';
import { GROUPED_DEFAULTS } from './grouped';
import type { GroupBox } from './types';

/** Box nodes are keyed apart from actors, whose ids may be any string: a NUL byte never appears in a real id. */
export const BOX_PREFIX = '\u0000box:';
export const isBoxId = (id: string): boolean => id.startsWith(BOX_PREFIX);
/** Font size of a box's label, in model units (the grouped layout's header leaves room for it). */
export const BOX_FONT = 44;

/**
 * The least size of a box's title on screen: zoomed out further, it keeps this size (in a 320×480 embed the grouped
 * layout is drawn at ~0.1, and its titles were 4–5 px).
 */
export const BOX_TITLE_MIN_PX = 10;

export interface BoxTitle {
  /** What the box shows: its group's name, or the group's code (a country's ISO code) where the name is too wide. */
  boxTitle: string;
  boxFont: number;
  /** How far the title's foot is pulled down into the box (text-valign top puts it above the box). */
  boxFontMargin: number;
}

/**
 * A box's title at this zoom: at BOX_FONT, or larger to keep BOX_TITLE_MIN_PX on screen. The grouped layout made each
 * box as wide as its name at BOX_FONT, so a larger title shows the group's code ("DK", "EE") where the name, as
 * measured, would not fit with a little room; a code too wide still ends in an ellipsis. The title's foot stays in the
 * box's header: a larger title grows up into the gap above the box instead of down over its actors.
 */
export function boxTitleAt(zoom: number, name: string, code: string, width: number): BoxTitle {
  // Rounded up, so the title is never a hair under BOX_TITLE_MIN_PX on screen.
  const boxFont = Math.ceil(Math.max(BOX_FONT, BOX_TITLE_MIN_PX / zoom) * 10) / 10;
  const fits = boxFont === BOX_FONT || (textWidthAt100(name, true) * boxFont) / 100 <= width - 0.5 * boxFont;
  return {
    boxTitle: fits ? name : code,
    boxFont,
    boxFontMargin: Math.min(boxFont * 1.3, GROUPED_DEFAULTS.header),
  };
}

/** Sets a box's title for this zoom (boxTitleAt), writing only what changed: data() restyles even for equal values. */
export function fitBoxTitle(box: NodeSingular, zoom: number): void {
  const title = boxTitleAt(zoom, String(box.data('label')), box.id().slice(BOX_PREFIX.length), box.data('boxWidth'));
  if (box.data('boxFont') !== title.boxFont || box.data('boxTitle') !== title.boxTitle) box.data(title);
}

/** Box elements: non-interactive rectangles centred on their box, labelled at the top. */
export function boxElements(boxes: readonly GroupBox[], label: (group: string) => string): ElementDefinition[] {
  return boxes.map((box) => ({
    group: 'nodes',
    data: {
      id: BOX_PREFIX + box.group,
      label: label(box.group),
      boxWidth: box.width,
      boxHeight: box.height,
      // The label pass sets the title again for the camera's zoom (fitBoxTitle).
      ...boxTitleAt(1, label(box.group), box.group, box.width),
    },
    position: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    classes: 'group-box',
    selectable: false,
    grabbable: false,
    pannable: true,
  }));
}

/**
 * The band of a box that its title takes (its font, its foot `boxFontMargin` below the box's top), on screen at this
 * camera: the actors' labels (render/labels.ts) keep off it, as off the zoom buttons.
 */
export function boxTitleBand(
  box: NodeSingular,
  zoom: number,
  pan: { x: number; y: number },
): { x: number; y: number; width: number; height: number } {
  const { x, y } = box.position();
  const width = Number(box.data('boxWidth')) || 0;
  const top = y - (Number(box.data('boxHeight')) || 0) / 2;
  const font = Number(box.data('boxFont')) || BOX_FONT;
  const foot = Number(box.data('boxFontMargin')) || BOX_FONT * 1.3;
  return {
    x: (x - width / 2) * zoom + pan.x,
    y: (top + foot - 1.3 * font) * zoom + pan.y,
    width: width * zoom,
    height: 1.5 * font * zoom,
  };
}
