import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas, questionnaireJsonSchema } from './json-schema.ts';

describe('the JSON Schema for editors', () => {
  it.each(Object.entries(contentJsonSchemas()))('content/schema/%s is up to date with the zod schema (run `npm run content:schema` if not)', (name, text) => {
    expect(readFileSync(`content/schema/${name}`, 'utf8')).toBe(text);
  });

  it('describes the fields editors write', () => {
    const schema = JSON.parse(questionnaireJsonSchema()) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'version', 'scale', 'sections']));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'sections']));
  });
});

describe('the JSON Schema for item types', () => {
  it('offers every item type and scoring rule to editors', () => {
    const text = questionnaireJsonSchema();
    for (const type of ['"scale"', '"paired"', '"choice"', '"text"', '"mean"', '"gap"', '"none"']) expect(text).toContain(type);
  });
});
