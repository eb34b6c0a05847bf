// A small dataset with hostile ids and labels, shared by the export tests.
import type { Dataset } from '../../../src/model/types';

export const hostile: Dataset = {
  format: 'alliance-graph@1',
  title: 'Test <export> & "friends"',
  sources: [
    { id: 'src-a', title: 'A' },
    { id: 'src-unused', title: 'Unused' },
  ],
  sectors: [
    { id: 'cleantech', label: 'Cleantech', target: true },
    { id: 'health', label: 'Health & well-being' },
    { id: 'unused', label: 'Unused' },
  ],
  countries: [
    { code: 'XK', label: 'Kosovo' },
    { code: 'FI', label: 'Finland override' },
  ],
  actors: [
    {
      id: 'a&b',
      label: 'Tag <b>bold</b> & "quoted" \'single\'',
      kind: 'cluster',
      country: 'FI',
      sectors: ['cleantech', 'health'],
      sources: ['src-a'],
      x: 10,
      y: 20,
    },
    { id: '__proto__', label: 'Proto\u0001\u0007 bell', kind: 'agency', country: 'XK', sectors: ['cleantech'] },
    { id: 'ctl\u0001x', label: 'Line\nbreak', kind: 'network', country: 'DK' },
    { id: 'ctlx', label: 'Plain', kind: 'programme', country: 'SE' },
    { id: 'loner', label: 'Loner', kind: 'other', country: 'EE', sectors: ['unused'] },
  ],
  agreements: [
    {
      id: 'ab',
      kind: 'bilateral',
      parties: ['a&b', '__proto__'],
      weight: 2.5,
      sectors: ['cleantech'],
      sources: ['src-a'],
    },
    { id: 'tri', kind: 'multilateral', parties: ['a&b', '__proto__', 'ctl\u0001x'], since: 2010 },
    { id: 'old', kind: 'bilateral', parties: ['ctlx', 'a&b'], since: 2001, until: 2003 },
  ],
  views: [{ id: 'v', title: 'View', state: 'view=matrix&sector=cleantech' }],
};
