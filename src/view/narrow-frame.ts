// Whether the page is a frame as narrow as a phone or a 320 px embed, where views put their one essential part first.

/** The width below which a frame counts as narrow (the legend starts closed, the rankings fold their controls). */
export const NARROW_FRAME = '(max-width: 480px)';

/** True in a narrow frame; false where there is no window or no matchMedia (tests, the command line). */
export const isNarrowFrame = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.(NARROW_FRAME).matches === true;
