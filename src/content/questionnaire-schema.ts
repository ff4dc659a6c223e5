/**
 * The zod schema for questionnaire content files (`content/questionnaires/*.json`).
 *
 * This is the single source of truth for what a questionnaire may contain:
 * the TypeScript types are inferred from it, the build validates every file
 * against it (see `vite/content-validation-plugin.ts`) and so do the tests.
 * It is never imported at run time by the app (only `import type`), so zod
 * stays out of the first screen's bundle.
 */
import { z } from 'zod';
import { ELEMENT_IDS } from '../domain/elements/element-ids.ts';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const Id = z.string().regex(idPattern, 'must be kebab-case: lower-case letters, digits and single hyphens');
const Text = z.string().trim().min(1, 'must not be empty');

export const ElementIdSchema = z.enum(ELEMENT_IDS);

export const ScaleOptionSchema = z.strictObject({
  value: z.number().int(),
  label: Text,
});

export const ScaleSchema = z
  .strictObject({
    kind: z.enum(['frequency', 'agreement']),
    question: Text,
    options: z.array(ScaleOptionSchema).min(3).max(7),
  })
  .superRefine((scale, ctx) => {
    scale.options.forEach((option, index) => {
      const expected = scale.options[0]!.value + index;
      if (option.value !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'value'],
          message: `values must rise by exactly 1 from the first option (expected ${expected})`,
        });
      }
    });
  });

export const ItemSchema = z.strictObject({
  id: Id,
  text: Text,
  reverse: z.boolean(),
});

export const PracticeSuggestionSchema = z.strictObject({
  title: Text,
  description: Text,
});

export const BandSchema = z.strictObject({
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  label: Text,
  feedback: Text,
  practices: z.array(PracticeSuggestionSchema).min(2).max(3),
});

export const ElementSchema = z
  .strictObject({
    id: ElementIdSchema,
    name: Text,
    summary: Text,
    challengePrompt: Text.optional(),
    items: z.array(ItemSchema).min(5),
    bands: z.array(BandSchema).min(2),
  })
  .superRefine((element, ctx) => {
    if (!element.items.some((item) => item.reverse)) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'needs at least one reverse-keyed item' });
    }
    // Bands must tile 0–100 exactly: start at 0, each next band starts one above
    // the previous band's max, the last ends at 100.
    let expectedMin = 0;
    element.bands.forEach((band, index) => {
      if (band.min !== expectedMin) {
        ctx.addIssue({
          code: 'custom',
          path: ['bands', index, 'min'],
          message: `must be ${expectedMin} so the bands have no gap or overlap`,
        });
      }
      if (band.max < band.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', index, 'max'], message: 'must not be below min' });
      }
      expectedMin = band.max + 1;
    });
    const last = element.bands.at(-1);
    if (last && last.max !== 100) {
      ctx.addIssue({ code: 'custom', path: ['bands', element.bands.length - 1, 'max'], message: 'the last band must end at 100' });
    }
  });

export const QuestionnaireSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    version: z.number().int().min(1),
    title: Text,
    summary: Text,
    estimatedMinutes: z.number().int().min(1).max(60),
    scale: ScaleSchema,
    elements: z.array(ElementSchema).min(1),
  })
  .superRefine((questionnaire, ctx) => {
    const seenItems = new Map<string, string>();
    const seenElements = new Set<string>();
    questionnaire.elements.forEach((element, elementIndex) => {
      if (seenElements.has(element.id)) {
        ctx.addIssue({ code: 'custom', path: ['elements', elementIndex, 'id'], message: `element "${element.id}" appears twice` });
      }
      seenElements.add(element.id);
      element.items.forEach((item, itemIndex) => {
        if (seenItems.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['elements', elementIndex, 'items', itemIndex, 'id'],
            message: `item id "${item.id}" is already used in ${seenItems.get(item.id)}`,
          });
        }
        seenItems.set(item.id, element.id);
      });
    });
  });

export type Scale = z.infer<typeof ScaleSchema>;
export type QuestionnaireItem = z.infer<typeof ItemSchema>;
export type Band = z.infer<typeof BandSchema>;
export type PracticeSuggestion = z.infer<typeof PracticeSuggestionSchema>;
export type QuestionnaireElement = z.infer<typeof ElementSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
