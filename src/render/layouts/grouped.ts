// Grouped layout: one box per group (country, sector…) packed in rows, its actors on a grid inside; pure positions.
import type { GroupBox, Point, Positions } from './types';

export interface GroupedNode {
  id: string;
  group: string;
  /** Larger first inside the box (e.g. degree), so the busiest actors sit top-left. */
  weight?: number;
}

export interface GroupedOptions {
  /** Distance between neighbouring actors inside a box. */
  spacing: number;
  /** Inner margin of a box. */
  padding: number;
  /** Room above the grid for the box's label. */
  header: number;
  /** Space between boxes. */
  gap: number;
  /** Width ÷ height of the whole arrangement to aim for (default a landscape screen; GROUPED_PORTRAIT_ASPECT in a portrait frame). */
  aspect: number;
  /** The label drawn in the box header, used to keep the box at least as wide as its label. */
  labelOf: (group: string) => string;
  /** Approximate width of one label character. */
  charWidth: number;
}

export const GROUPED_DEFAULTS: GroupedOptions = {
  spacing: 70,
  padding: 20,
  header: 80,
  gap: 40,
  aspect: 1.6,
  labelOf: (group) => group,
  charWidth: 27,
};

/**
 * The arrangement's width ÷ height in a portrait frame (a 320×480 embed's canvas is ~0.73): laid out for a landscape
 * screen, the boxes filled the middle third of such a frame at a third of the zoom.
 */
export const GROUPED_PORTRAIT_ASPECT = 0.75;

export interface GroupedLayout {
  positions: Positions;
  boxes: GroupBox[];
}

interface Block {
  group: string;
  members: GroupedNode[];
  cols: number;
  width: number;
  height: number;
}

function blockOf(group: string, members: GroupedNode[], o: GroupedOptions): Block {
  const sorted = [...members].sort(
    (a, b) => (b.weight ?? 0) - (a.weight ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const cols = Math.max(1, Math.ceil(Math.sqrt(sorted.length)));
  const rows = Math.max(1, Math.ceil(sorted.length / cols));
  const labelWidth = o.labelOf(group).length * o.charWidth + 2 * o.padding;
  return {
    group,
    members: sorted,
    cols,
    width: Math.max(2 * o.padding + cols * o.spacing, labelWidth),
    height: o.header + 2 * o.padding + rows * o.spacing,
  };
}

/**
 * Places each group's nodes on a grid inside the group's box, and packs the boxes in rows
 * (largest group first, ties by group name), so boxes never overlap and the result is
 * the same for the same input.
 */
export function groupedLayout(nodes: readonly GroupedNode[], options: Partial<GroupedOptions> = {}): GroupedLayout {
  const o: GroupedOptions = { ...GROUPED_DEFAULTS, ...options };
  const byGroup = new Map<string, GroupedNode[]>();
  for (const node of nodes) {
    const list = byGroup.get(node.group);
    if (list) list.push(node);
    else byGroup.set(node.group, [node]);
  }
  const blocks = [...byGroup].map(([group, members]) => blockOf(group, members, o));
  blocks.sort((a, b) => b.members.length - a.members.length || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));

  const area = blocks.reduce((sum, b) => sum + (b.width + o.gap) * (b.height + o.gap), 0);
  const widest = blocks.reduce((max, b) => Math.max(max, b.width), 0);
  const rowWidth = Math.max(widest, Math.sqrt(area * o.aspect));

  const positions: Positions = new Map<string, Point>();
  const boxes: GroupBox[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const block of blocks) {
    if (x > 0 && x + block.width > rowWidth) {
      x = 0;
      y += rowHeight + o.gap;
      rowHeight = 0;
    }
    boxes.push({ group: block.group, x, y, width: block.width, height: block.height });
    const gridLeft = x + (block.width - block.cols * o.spacing) / 2;
    block.members.forEach((node, i) => {
      const col = i % block.cols;
      const row = Math.floor(i / block.cols);
      positions.set(node.id, {
        x: gridLeft + (col + 0.5) * o.spacing,
        y: y + o.header + o.padding + (row + 0.5) * o.spacing,
      });
    });
    x += block.width + o.gap;
    rowHeight = Math.max(rowHeight, block.height);
  }
  return { positions, boxes };
}
