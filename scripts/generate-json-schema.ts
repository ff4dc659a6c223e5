/**
 * Writes content/schema/questionnaire.schema.json from the zod schema, so
 * editors get autocompletion and inline checks for questionnaire files
 * (each file points at it with "$schema"). A test fails when the committed
 * file is out of date: run `npm run content:schema` after changing the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { questionnaireJsonSchema } from '../src/content/json-schema.ts';

mkdirSync('content/schema', { recursive: true });
writeFileSync('content/schema/questionnaire.schema.json', questionnaireJsonSchema());
console.log('Wrote content/schema/questionnaire.schema.json');
