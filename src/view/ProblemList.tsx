// One list of load problems as `pointer: message` lines, shared by the error panel and the warnings list.
import { formatProblem } from '../model/validate';
import type { Problem } from '../model/types';

export function ProblemList({ problems }: { problems: readonly Problem[] }) {
  return (
    <ol className="problems">
      {problems.map((problem, i) => (
        <li key={i}>
          <code>{formatProblem(problem)}</code>
        </li>
      ))}
    </ol>
  );
}
