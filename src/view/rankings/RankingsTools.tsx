// The rankings' filters, download and extra measures: folded under one line in a narrow frame, so the table comes first.
import type { ReactNode } from 'react';

/**
 * In a frame as narrow as a phone or a 320 px embed the controls took the whole height and the table began below
 * the fold; there they fold into a summary that says how many filters are on. Wider frames show them as before.
 */
export function RankingsTools({ active, narrow, children }: { active: number; narrow: boolean; children: ReactNode }) {
  if (!narrow) return <>{children}</>;
  const on = active === 0 ? '' : ` (${active} ${active === 1 ? 'filter' : 'filters'} on)`;
  return (
    <details className="rankings-tools">
      <summary>Filters, download and robustness{on}</summary>
      {children}
    </details>
  );
}
