// Turns the record descriptions of schema-spec.ts into a JSON Schema (draft 2020-12) that editors can use to check files.
import {
  COUNTRY_CODE_PATTERN,
  DATE_PATTERN,
  MAX_ID_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  RECORDS,
  type RecordName,
  type ValueType,
} from './schema-spec';
import { FORMAT_ID } from './types';

type Schema = { [key: string]: unknown };

const id: Schema = { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH };
const year: Schema = { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR };

function valueSchema(value: ValueType): Schema {
  switch (value.type) {
    case 'const':
      return { const: value.value };
    case 'id':
      return { ...id };
    case 'label':
      return { type: 'string', pattern: '\\S' };
    case 'text':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: 'number' };
    case 'count':
      return { type: 'integer', minimum: 0 };
    case 'lat':
      return { type: 'number', minimum: -90, maximum: 90 };
    case 'lon':
      return { type: 'number', minimum: -180, maximum: 180 };
    case 'year':
      return { ...year };
    case 'yearOrDate': {
      const options: Schema[] = [{ ...year }, { type: 'string', pattern: DATE_PATTERN }];
      if (value.nullable) options.push({ type: 'null' });
      return { anyOf: options };
    }
    case 'weight':
      return { type: 'number', exclusiveMinimum: 0 };
    case 'enum':
      return { enum: [...value.values] };
    case 'countryCode':
      return { type: 'string', pattern: COUNTRY_CODE_PATTERN };
    case 'ids':
      return { type: 'array', items: { ...id } };
    case 'list':
      return { type: 'array', items: { $ref: `#/$defs/${value.of}` } };
  }
}

function recordSchema(name: RecordName): Schema {
  const spec = RECORDS[name];
  const properties: Schema = {};
  const required: string[] = [];
  for (const [key, field] of spec.fields) {
    properties[key] = { description: field.description, ...valueSchema(field.value) };
    if (field.required) required.push(key);
  }
  // Unknown keys are allowed: the app keeps them and warns once per key name.
  return { type: 'object', required, properties, additionalProperties: true };
}

/** The JSON Schema of `alliance-graph@1`. It checks shapes; references, duplicates and parties are checked by the app. */
export function jsonSchema(): Schema {
  const defs: Schema = {};
  for (const name of ['source', 'sector', 'country', 'actor', 'agreement', 'view'] as const)
    defs[name] = recordSchema(name);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${FORMAT_ID} dataset`,
    description:
      'Cross-border industry cluster alliances (format.md). Generated from src/model/schema-spec.ts by scripts/build-schema.ts. It checks the shape of a file; unique ids, references, parties and dates are checked by the app and by `npm run validate`.',
    ...recordSchema('dataset'),
    $defs: defs,
  };
}
