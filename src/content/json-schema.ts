/** JSON Schemas for content files, generated from the zod schemas (build and test time only). */
import { z } from 'zod';
import { JournalPromptsSchema, PracticeSchema } from './practice-schema.ts';
import { QuestionnaireSchema } from './questionnaire-schema.ts';
import { SupportRoutesSchema } from './support-schema.ts';

function toJson(schema: z.ZodType, title: string): string {
  // `io: 'input'` describes what an editor may write; refinements (band tiling, unique ids) are checked by zod only.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...json, title }, null, 2)}\n`;
}

export function questionnaireJsonSchema(): string {
  return toJson(QuestionnaireSchema, 'Attune questionnaire');
}

/** Every generated schema file, by its path under content/schema/. */
export function contentJsonSchemas(): Record<string, string> {
  return {
    'questionnaire.schema.json': questionnaireJsonSchema(),
    'practice.schema.json': toJson(PracticeSchema, 'Attune mindfulness practice'),
    'journal-prompts.schema.json': toJson(JournalPromptsSchema, 'Attune journal prompts'),
    'support-routes.schema.json': toJson(SupportRoutesSchema, 'Attune support routes'),
  };
}
