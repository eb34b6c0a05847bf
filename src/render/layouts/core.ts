// The core of a spread of coordinates: the span most points share, so a few far-away ones do not set the view.

/** The value below which a share `q` of the sorted values lies (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] as number;
}

/**
 * The span the map is fitted to: with ten or more points, the middle 80% of longitudes and of
 * latitudes, widened by 15% each side, so a few far-away partners (a cluster in Boston or
 * Shanghai) do not shrink the Baltic Sea region to a dot; they stay on the map, off the first view.
 */
export function coreSpan(values: readonly number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length < 10) return [sorted[0] as number, sorted[sorted.length - 1] as number];
  const low = quantile(sorted, 0.1);
  const high = quantile(sorted, 0.9);
  const pad = (high - low) * 0.15;
  return [Math.max(low - pad, sorted[0] as number), Math.min(high + pad, sorted[sorted.length - 1] as number)];
}
