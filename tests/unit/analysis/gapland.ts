// A six-actor dataset small enough to work out gaps, recommendations and paths by hand (see the tests for the sums).
import type { Dataset } from '../../../src/model/types';

const actor = (id: string, country: string, kind: 'cluster' | 'agency', sectors: string[]) => ({
  id,
  label: `${country} ${id}`,
  kind,
  country,
  sectors,
});

export const gapland = (): Dataset => ({
  format: 'alliance-graph@1',
  title: 'Gapland',
  sectors: [
    { id: 'cleantech', label: 'Cleantech', target: true },
    { id: 'health', label: 'Health', target: true },
    { id: 'ict', label: 'ICT' },
  ],
  actors: [
    actor('fi1', 'FI', 'cluster', ['cleantech']),
    actor('fi2', 'FI', 'cluster', ['cleantech', 'health']),
    actor('ee1', 'EE', 'cluster', ['cleantech']),
    actor('lv1', 'LV', 'agency', ['cleantech']),
    actor('lv2', 'LV', 'cluster', ['health']),
    actor('se1', 'SE', 'cluster', ['health']),
  ],
  agreements: [
    { id: 'a1', kind: 'bilateral', parties: ['fi1', 'ee1'], sectors: ['cleantech'] },
    // No sectors of its own: effective sectors are its parties' (cleantech, health).
    { id: 'a2', kind: 'multilateral', parties: ['fi2', 'lv1', 'lv2'], since: 2015 },
    { id: 'a3', kind: 'bilateral', parties: ['fi1', 'fi2'], sectors: ['cleantech'] },
    { id: 'a4', kind: 'bilateral', parties: ['lv2', 'se1'], sectors: ['ict'] },
  ],
});
