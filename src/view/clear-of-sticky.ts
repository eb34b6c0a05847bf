// Scrolls a focused cell of a table scroller wholly into its visible part: clear of the sticky header row and names.

/** The cell at the top left of a table's head (a th or an empty td), sticky both ways in the rankings and gap tables. */
const CORNER = 'thead tr:first-child > :first-child';

/**
 * After the browser has scrolled `target` into view on focus, moves `scroller` on until `target` is wholly in the part
 * the sticky cells leave free. Chromium counts what lies under them as visible, and leaves a control that is partly
 * shown where it is: in a 320 px frame, Tab along the rankings' headers put the focus under the names column
 * ("Strength") or past the right edge ("Betweenness"), Shift+Tab up the rows put it under the header row, and Tab
 * along a coverage row left its last cell ("Digital business services") past the right edge. Sticky cells stay in
 * view along their own axis: the names sideways, the header row up and down.
 */
export function clearOfSticky(scroller: HTMLElement, target: Element): void {
  if (target === scroller) return;
  const inNames = target.closest(`${CORNER}, tbody th`) !== null;
  const inHeader = target.closest('thead') !== null;
  // The focus event comes before the browser's scroll into view; the next frame sees where that left the target.
  requestAnimationFrame(() => {
    // The corner cell sticks both ways, so it spans the names' width and the header's height where they are drawn
    // (the <thead> box itself scrolls away: only its cells stick).
    const corner = scroller.querySelector(CORNER)?.getBoundingClientRect();
    if (corner === undefined) return;
    const box = target.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    const right = frame.left + scroller.clientLeft + scroller.clientWidth;
    const bottom = frame.top + scroller.clientTop + scroller.clientHeight;
    if (!inNames) scroller.scrollLeft += shift(box.left, box.right, corner.right, right);
    if (!inHeader) scroller.scrollTop += shift(box.top, box.bottom, corner.bottom, bottom);
  });
}

/** How far to scroll so [from, to] lies within [start, end]; its start wins where it does not fit. */
function shift(from: number, to: number, start: number, end: number): number {
  if (from < start) return from - start;
  if (to > end) return Math.min(to - end, from - start);
  return 0;
}
