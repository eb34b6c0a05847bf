// Memos keyed by argument identity: the selectors' caches, since the store replaces what changes.

/** A one-entry memo: the last arguments' result. */
export function memoLast<Args extends unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  return memoRecent(compute, 1);
}

/**
 * The last `size` entries: a filter turned off finds the unfiltered result it had before (68,000 ties
 * at 5,000 actors) instead of rebuilding it. Entries are matched by the identity of `keyOf`'s parts (default: the
 * arguments), most recent first.
 */
export function memoRecent<Args extends unknown[], Result>(
  compute: (...args: Args) => Result,
  size = 2,
  keyOf: (...args: Args) => unknown[] = (...args) => args,
): (...args: Args) => Result {
  const entries: Array<{ key: unknown[]; result: Result }> = [];
  return (...args: Args): Result => {
    const key = keyOf(...args);
    const same = (entry: { key: unknown[] }): boolean =>
      entry.key.length === key.length && entry.key.every((part, i) => Object.is(part, key[i]));
    // The latest first: most calls ask for it again.
    if (entries.length > 0 && same(entries[0]!)) return entries[0]!.result;
    const at = entries.findIndex(same);
    if (at >= 0) {
      const [entry] = entries.splice(at, 1);
      entries.unshift(entry!);
      return entry!.result;
    }
    const result = compute(...args);
    entries.unshift({ key, result });
    entries.length = Math.min(entries.length, size);
    return result;
  };
}
