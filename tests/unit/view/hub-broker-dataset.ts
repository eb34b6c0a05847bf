// A small network for the "Where it brokers" tests: two Finnish actors reach two Swedish ones only through the Estonian hub `v`.

/**
 * `f1`–`f2` also talk directly, so 4 Finland–Sweden pairs and 1 Swedish pair run through `v` (80 % and 20 %).
 * `unconnected` Danish actors with no agreement take the network past a size without changing any path.
 */
export function hubBrokerDataset(unconnected = 0) {
  return {
    format: 'alliance-graph@1',
    title: 'Broker paths',
    actors: [
      { id: 'f1', label: 'F1', kind: 'cluster', country: 'FI' },
      { id: 'f2', label: 'F2', kind: 'cluster', country: 'FI' },
      { id: 'v', label: 'Hub', kind: 'cluster', country: 'EE' },
      { id: 's1', label: 'S1', kind: 'cluster', country: 'SE' },
      { id: 's2', label: 'S2', kind: 'cluster', country: 'SE' },
      ...Array.from({ length: unconnected }, (_, i) => ({
        id: `d${i}`,
        label: `D${i}`,
        kind: 'cluster',
        country: 'DK',
      })),
    ],
    agreements: [
      { id: 'g1', kind: 'bilateral', parties: ['f1', 'v'] },
      { id: 'g2', kind: 'bilateral', parties: ['f2', 'v'] },
      { id: 'g3', kind: 'bilateral', parties: ['v', 's1'] },
      { id: 'g4', kind: 'bilateral', parties: ['v', 's2'] },
      { id: 'g5', kind: 'bilateral', parties: ['f1', 'f2'] },
    ],
  };
}
