// A small dataset for the explorer's component tests: accented names, three countries, a gap, an odd id.
export const explorerDataset = {
  format: 'alliance-graph@1',
  title: 'Explorer test',
  sectors: [
    { id: 'health', label: 'Health & well-being', target: true },
    { id: 'cleantech', label: 'Cleantech', target: true },
    { id: 'food', label: 'Food' },
  ],
  sources: [
    { id: 'web', title: 'Programme page', url: 'https://example.org/page' },
    { id: 'evil', title: 'Tricky link', url: 'javascript:alert(1)' },
  ],
  actors: [
    { id: 'oresund', label: 'Øresund Health', kind: 'cluster', country: 'DK', sectors: ['health'] },
    { id: 'turku', label: 'Turku Science Park', kind: 'cluster', country: 'FI', sectors: ['health'] },
    { id: 'tallinn', label: 'Tallinn <b>Cleantech</b>', kind: 'agency', country: 'EE', sectors: ['cleantech'] },
    { id: '__proto__', label: 'Proto Food', kind: 'network', country: 'FI', sectors: ['food'] },
    { id: 'lonely', label: 'Lonely Lab', kind: 'other', country: 'SE', sectors: ['food'] },
  ],
  agreements: [
    {
      id: 'dk-fi',
      kind: 'bilateral',
      label: 'Health MoU',
      parties: ['oresund', 'turku'],
      since: 2010,
      sources: ['web', 'evil'],
    },
    { id: 'fi-ee', kind: 'bilateral', label: 'Bay bridge', parties: ['turku', 'tallinn'], since: 2013, until: 2015 },
    { id: 'fi-fi', kind: 'sister-city', label: 'Home tie', parties: ['turku', '__proto__'], since: 2012 },
  ],
};
