// Writes data/alliance-graph.schema.json (JSON Schema 2020-12, for editors) from the record descriptions in src/model/schema-spec.ts.
//
// Run: npx tsx scripts/build-schema.ts   (a unit test fails when the committed file is out of date)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchema } from '../src/model/json-schema';

const out = fileURLToPath(new URL('../data/alliance-graph.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(jsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
