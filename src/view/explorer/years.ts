// The span of years a dataset's agreements cover, for the year slider (kept in model/ so the trajectories' state uses the same span).
export { yearSpan } from '../../model/year-span';
