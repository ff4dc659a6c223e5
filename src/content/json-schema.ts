/** The JSON Schema for questionnaire files, generated from the zod schema (build and test time only). */
import { z } from 'zod';
import { QuestionnaireSchema } from './questionnaire-schema.ts';

export function questionnaireJsonSchema(): string {
  // `io: 'input'` describes what an editor may write; refinements (band tiling, unique ids) are checked by zod only.
  const schema = z.toJSONSchema(QuestionnaireSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Attune questionnaire' }, null, 2)}\n`;
}
