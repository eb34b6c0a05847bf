// Switches between the actor graph's layouts and the country view, one click (or arrow key) each.
import { useId } from 'react';
import type { LayoutName } from '../../embed/view-state';
import { setViewMode, setLayout } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { METRIC_LABELS } from '../labels';

const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Network (force-directed)',
  grouped: 'Grouped by country',
  concentric: 'Rings by size metric',
  map: 'Map',
};

type Choice = LayoutName | 'country';

export function LayoutPicker() {
  const id = useId();
  const layout = useAtlas((s) => s.view.layout);
  const mode = useAtlas((s) => s.view.view);
  const size = useAtlas((s) => s.view.size);
  const current: Choice | null = mode === 'country' ? 'country' : mode === 'graph' ? layout : null;
  const choose = (choice: Choice): void => {
    if (choice === 'country') setViewMode('country');
    else setLayout(choice);
  };
  const choices: Array<[Choice, string]> = [
    ...(Object.entries(LAYOUT_LABELS) as Array<[LayoutName, string]>),
    ['country', 'Countries (one node each)'],
  ];
  return (
    <fieldset className="layout-picker">
      <legend>View</legend>
      {choices.map(([value, label]) => (
        <div key={value} className="radio-row">
          <input
            type="radio"
            name={`${id}-layout`}
            id={`${id}-${value}`}
            value={value}
            checked={current === value}
            onChange={() => choose(value)}
          />
          <label htmlFor={`${id}-${value}`}>
            {label}
            {value === 'concentric' && <span className="hint"> ({METRIC_LABELS[size]}, highest in the centre)</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
