// Whether to put the test hooks (window.__atlas, __explorer, __atlasPerf) on the page: only when a test or the bench asks.

/** localStorage key that turns the hooks on in an ordinary browser (set it to "1" and reload), for debugging by hand. */
export const TEST_HOOKS_KEY = 'atlas:test-hooks';

/**
 * True under browser automation (playwright sets navigator.webdriver, so the e2e tests and bench:app get the hooks)
 * or when localStorage asks; false for every reader, whose window then carries no test globals.
 */
export function testHooksWanted(): boolean {
  if (typeof window === 'undefined') return false;
  if (typeof navigator !== 'undefined' && navigator.webdriver === true) return true;
  try {
    return window.localStorage?.getItem(TEST_HOOKS_KEY) === '1';
  } catch {
    // Storage can be off (privacy settings, a sandboxed frame): then only automation turns the hooks on.
    return false;
  }
}
