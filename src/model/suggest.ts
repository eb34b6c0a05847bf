// "Did you mean …?" for unknown ids: the closest known id by edit distance, or a known id the typo abbreviates.

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Two reused rows: this runs for every known id against every unknown one, so it must not allocate per row.
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const charA = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = charA === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** True when every character of `short` appears in `long` in order, starting with the same character. */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || short.length >= long.length || short[0] !== long[0]) return false;
  let j = 0;
  for (const char of long) if (char === short[j]) j++;
  return j === short.length;
}

/** Length of the common prefix: an abbreviation that shares more of the start is the likelier meaning. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The known value the user most likely meant, or undefined when nothing is close enough to be obvious.
 * In order: the same text ignoring case; the nearest by edit distance (at most about a quarter of the
 * length, min 1, max 3 edits); a known id the value abbreviates ("clean-dk" for "clean-denmark").
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const lower = value.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(value.length / 4)));
  let nearest: string | undefined;
  let nearestDistance = limit + 1;
  let abbreviation: string | undefined;
  let abbreviationScore = -1;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    const distance = editDistance(lower, candidateLower, nearestDistance - 1);
    if (distance < nearestDistance) {
      nearest = candidate;
      nearestDistance = distance;
    }
    if (nearest === undefined && abbreviates(lower, candidateLower)) {
      const score = commonPrefix(lower, candidateLower) * 1000 - candidate.length;
      if (score > abbreviationScore) {
        abbreviation = candidate;
        abbreviationScore = score;
      }
    }
  }
  return nearest ?? abbreviation;
}

/**
 * Caches suggestions per value and stops suggesting after `budget` distinct values (each costs a pass over
 * every known id), so a file with thousands of broken references still loads in seconds.
 */
export class Suggester {
  private readonly cache = new Map<string, string | undefined>();
  constructor(
    private readonly candidates: readonly string[],
    private readonly budget = 200,
  ) {}
  /** ` (did you mean "x"?)`, or the empty string. */
  hint(value: string): string {
    let found: string | undefined;
    if (this.cache.has(value)) found = this.cache.get(value);
    else if (this.cache.size < this.budget) {
      found = suggest(value, this.candidates);
      this.cache.set(value, found);
    }
    return found === undefined ? '' : ` (did you mean ${JSON.stringify(found)}?)`;
  }
}
