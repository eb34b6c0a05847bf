// Node colour (country, sector, kind, community or a metric) and node size (any metric); edge width follows weight.
import { useId } from 'react';
import { COLOR_BYS, METRICS, type ColorBy, type MetricName } from '../../embed/view-state';
import { setColor, setSize } from '../../state/actions';
import { useAtlas } from '../../state/store';
import { COLOR_BY_LABELS, METRIC_LABELS } from '../labels';

export function AppearancePicker() {
  const id = useId();
  const color = useAtlas((s) => s.view.color);
  const size = useAtlas((s) => s.view.size);
  return (
    <fieldset className="appearance-picker">
      <legend>Appearance</legend>
      <div className="select-row">
        <label htmlFor={`${id}-color`}>Colour by</label>
        <select id={`${id}-color`} value={color} onChange={(event) => setColor(event.target.value as ColorBy)}>
          {COLOR_BYS.map((value) => (
            <option key={value} value={value}>
              {COLOR_BY_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="select-row">
        <label htmlFor={`${id}-size`}>Size by</label>
        <select id={`${id}-size`} value={size} onChange={(event) => setSize(event.target.value as MetricName)}>
          {METRICS.map((value) => (
            <option key={value} value={value}>
              {METRIC_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <p className="hint">Line width grows with the summed weight of the agreements between two actors.</p>
    </fieldset>
  );
}
