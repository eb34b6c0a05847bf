// Distinct partners in another country, from a CSR alone (no graphology, so the robustness worker stays small).
import { actorIdOf, isHubKey } from '../model/graph';
import type { Csr } from './csr';

/**
 * Distinct partners of each actor in another country, given each actor node's country. In the hub projection
 * partners sit behind agreement nodes, so a hub neighbour contributes its other parties. Keyed by actor id.
 */
export function crossBorderCounts(csr: Csr, countryOf: (key: string, index: number) => string): Map<string, number> {
  const { nodes, offsets, targets } = csr;
  const n = nodes.length;
  const hub = nodes.map(isHubKey);
  const countryIds = new Map<string, number>();
  const country = new Int32Array(n);
  nodes.forEach((key, i) => {
    const code = hub[i] ? '' : countryOf(key, i);
    country[i] = countryIds.get(code) ?? countryIds.set(code, countryIds.size).size - 1;
  });
  const seen = new Int32Array(n).fill(-1);
  const out = new Map<string, number>();
  for (let v = 0; v < n; v++) {
    if (hub[v]) continue;
    let count = 0;
    const consider = (w: number): void => {
      if (w !== v && !hub[w] && seen[w] !== v && country[w] !== country[v]) {
        seen[w] = v;
        count++;
      }
    };
    for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
      const w = targets[j]!;
      if (hub[w]) for (let k = offsets[w]!; k < offsets[w + 1]!; k++) consider(targets[k]!);
      else consider(w);
    }
    out.set(actorIdOf(nodes[v]!), count);
  }
  return out;
}
