// Stand-in for src/model/validate.ts until it lands: only the checks the app shell needs to show errors.
import type { Dataset, LoadResult, Problem } from '../model/types';

const error = (pointer: string, message: string): Problem => ({ severity: 'error', pointer, message });

export function parseDatasetText(text: string): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { ok: false, errors: [error('', `not JSON: ${(cause as Error).message}`)], warnings: [] };
  }
  const errors: Problem[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, errors: [error('', 'the file is not a JSON object')], warnings: [] };
  }
  const record = value as Record<string, unknown>;
  if (record.format !== 'alliance-graph@1') errors.push(error('/format', 'format must be "alliance-graph@1"'));
  if (!Array.isArray(record.actors)) errors.push(error('/actors', 'actors must be a list'));
  if (!Array.isArray(record.agreements)) errors.push(error('/agreements', 'agreements must be a list'));
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  const dataset = value as Dataset;
  const ids = new Set(dataset.actors.map((actor) => actor.id));
  dataset.agreements.forEach((agreement, i) =>
    agreement.parties.forEach((party, j) => {
      if (!ids.has(party)) errors.push(error(`/agreements/${i}/parties/${j}`, `unknown actor "${party}"`));
    }),
  );
  return errors.length > 0 ? { ok: false, errors, warnings: [] } : { ok: true, dataset, warnings: [] };
}
