// A hand-made dataset for the gap figures: four countries, six actors, five agreements, values worked out in the tests.
import type { Dataset } from '../../../src/model/types';

/**
 * Actor graph (clique projection): ee1–lv1, ee1–ee2, ee1–fi2, ee2–fi2, ee2–se1, fi1–fi2.
 * fi1 is the only agency; lv1 and se1 hang off EE; a4 and a5 are domestic.
 */
export const fixture = (): Dataset => ({
  format: 'alliance-graph@1',
  title: 'Gap fixture',
  sectors: [
    { id: 'health', label: 'Health', target: true },
    { id: 'cleantech', label: 'Cleantech', target: true },
    { id: 'digital', label: 'Digital', target: true },
    { id: 'transport', label: 'Transport' },
  ],
  actors: [
    { id: 'ee1', label: 'Estonian Health Cluster', kind: 'cluster', country: 'EE', sectors: ['health'] },
    { id: 'ee2', label: 'Tallinn Digital', kind: 'cluster', country: 'EE', sectors: ['health', 'digital'] },
    { id: 'lv1', label: 'Latvian Health', kind: 'cluster', country: 'LV', sectors: ['health'] },
    { id: 'fi1', label: 'Business Finland', kind: 'agency', country: 'FI', sectors: ['cleantech'] },
    { id: 'fi2', label: 'Cleantech Finland', kind: 'cluster', country: 'FI', sectors: ['cleantech'] },
    { id: 'se1', label: 'Swedish Digital', kind: 'cluster', country: 'SE', sectors: ['digital'] },
  ],
  agreements: [
    { id: 'a1', kind: 'bilateral', parties: ['ee1', 'lv1'], sectors: ['health'], since: 2010 },
    { id: 'a2', kind: 'multilateral', parties: ['ee1', 'ee2', 'fi2'], sectors: ['cleantech'], since: 2012 },
    { id: 'a3', kind: 'bilateral', parties: ['ee2', 'se1'], since: 2008, until: 2011 },
    { id: 'a4', kind: 'bilateral', parties: ['fi1', 'fi2'], sectors: ['cleantech'] },
    { id: 'a5', kind: 'bilateral', parties: ['ee1', 'ee2'], sectors: ['health'], since: '2011-05-01' },
  ],
});
