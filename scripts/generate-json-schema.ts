/**
 * Writes the JSON Schemas in content/schema/ from the zod schemas, so
 * editors get autocompletion and inline checks for content files (each file
 * points at its schema with "$schema"). A test fails when a committed file
 * is out of date: run `npm run content:schema` after changing a schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { contentJsonSchemas } from '../src/content/json-schema.ts';

mkdirSync('content/schema', { recursive: true });
for (const [name, text] of Object.entries(contentJsonSchemas())) {
  writeFileSync(`content/schema/${name}`, text);
  console.log(`Wrote content/schema/${name}`);
}
