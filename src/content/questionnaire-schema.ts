/**
 * The zod schema for questionnaire content files (`content/questionnaires/*.json`).
 *
 * This is the single source of truth for what an instrument may contain:
 * the TypeScript types are inferred from it, the build validates every file
 * against it (see `vite/content-validation-plugin.ts`) and so do the tests.
 * It is never imported at run time by the app (only `import type`), so zod
 * stays out of the first screen's bundle.
 *
 * One engine serves every instrument. A questionnaire is a list of sections
 * (one step each). A section holds items of four types — `scale`, `paired`,
 * `choice` and `text` — and declares how it is scored (`mean`, `gap` or
 * `none`) and, when scored, the bands that interpret its score. Nothing about
 * scoring is hard-coded per questionnaire (see docs/content-authoring.md).
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

/** Options whose values rise by exactly 1, so a score maps cleanly onto 0–100. */
const ScaleOptions = z
  .array(ScaleOptionSchema)
  .min(3)
  .max(7)
  .superRefine((options, ctx) => {
    options.forEach((option, index) => {
      const expected = options[0]!.value + index;
      if (option.value !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'value'],
          message: `values must rise by exactly 1 from the first option (expected ${expected})`,
        });
      }
    });
  });

export const ScaleSchema = z.strictObject({
  kind: z.enum(['frequency', 'agreement']),
  question: Text,
  options: ScaleOptions,
  /**
   * The label of an explicit answer for an item that does not fit, offered on
   * every scale item beside the options (e.g. "Does not apply to my role",
   * "Did not come up this week"). Such an answer is neither a rating nor a
   * skip: the section's score rests on the items that apply (see scoring).
   */
  notApplicable: Text.optional(),
});

/** The scale of paired items: each behaviour is rated twice, for the aim and for what actually happened. */
export const PairedScaleSchema = z.strictObject({
  question: Text,
  aimLabel: Text,
  actualLabel: Text,
  options: ScaleOptions,
  /** When true, the aims are asked once and carried forward to the next time, until the leader changes them. */
  reuseAims: z.boolean().optional(),
});

export const ScaleItemSchema = z.strictObject({
  type: z.literal('scale'),
  id: Id,
  text: Text,
  reverse: z.boolean(),
  /** The id of the item this one mirrors in the questionnaire named by `mirrorsQuestionnaire` (the pulse's past-week versions of the self-assessment's items). */
  mirrors: Id.optional(),
});

export const PairedItemSchema = z.strictObject({
  type: z.literal('paired'),
  id: Id,
  text: Text,
});

export const ChoiceOptionSchema = z.strictObject({
  id: Id,
  label: Text,
});

export const ChoiceItemSchema = z.strictObject({
  type: z.literal('choice'),
  id: Id,
  text: Text,
  options: z.array(ChoiceOptionSchema).min(2).max(8),
});

export const TextItemSchema = z.strictObject({
  type: z.literal('text'),
  id: Id,
  text: Text,
  hint: Text.optional(),
});

export const ItemSchema = z.discriminatedUnion('type', [ScaleItemSchema, PairedItemSchema, ChoiceItemSchema, TextItemSchema]);

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
  /** When true, the result shows the support routes (content/support) under this band's feedback: for bands that touch distress. */
  signpost: z.boolean().optional(),
});

export const ScoringSchema = z.enum(['mean', 'gap', 'none']);

/** Bands must tile 0–100 exactly: start at 0, each next band starts one above the previous max, the last ends at 100. */
function checkBands(bands: readonly { min: number; max: number }[], ctx: z.RefinementCtx): void {
  let expectedMin = 0;
  bands.forEach((band, index) => {
    if (band.min !== expectedMin) {
      ctx.addIssue({ code: 'custom', path: ['bands', index, 'min'], message: `must be ${expectedMin} so the bands have no gap or overlap` });
    }
    if (band.max < band.min) {
      ctx.addIssue({ code: 'custom', path: ['bands', index, 'max'], message: 'must not be below min' });
    }
    expectedMin = band.max + 1;
  });
  const last = bands.at(-1);
  if (last && last.max !== 100) {
    ctx.addIssue({ code: 'custom', path: ['bands', bands.length - 1, 'max'], message: 'the last band must end at 100' });
  }
}

/** A section needs at least this many scale items before a reverse-keyed one is required (to catch agreeing by habit). */
export const REVERSE_KEY_REQUIRED_FROM = 4;

export const SectionSchema = z
  .strictObject({
    id: Id,
    title: Text,
    summary: Text,
    /** The element of compassionate leadership this section reflects on, if any: it names the element in results and intentions, and a "mean" section's score counts towards the overall. */
    element: ElementIdSchema.optional(),
    scoring: ScoringSchema,
    /** An optional free-text question after the items that challenges the self-view. */
    challengePrompt: Text.optional(),
    items: z.array(ItemSchema).min(1),
    bands: z.array(BandSchema).min(2).optional(),
    /**
     * Whether this section's scale items offer the scale's "does not apply"
     * answer (`scale.notApplicable`). Defaults to true when the scale has one;
     * false for items that fit every week, such as how much energy the leader had.
     */
    offersNotApplicable: z.boolean().optional(),
  })
  .superRefine((section, ctx) => {
    const scaleItems = section.items.filter((item) => item.type === 'scale');
    const pairedItems = section.items.filter((item) => item.type === 'paired');
    if (section.scoring === 'mean' && scaleItems.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['scoring'], message: '"mean" scoring needs at least one scale item' });
    }
    if (section.scoring === 'gap' && pairedItems.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['scoring'], message: '"gap" scoring needs at least one paired item' });
    }
    if (section.scoring !== 'gap' && pairedItems.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['scoring'], message: 'a section with paired items must use "gap" scoring' });
    }
    if (section.scoring === 'none' && scaleItems.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['scoring'], message: 'scale items are only scored in a "mean" section' });
    }
    section.items.forEach((item, index) => {
      if (item.type !== 'choice') return;
      const ids = item.options.map((o) => o.id);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['items', index, 'options'], message: 'option ids must be unique' });
    });
    if (section.scoring === 'gap' && scaleItems.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'a "gap" section cannot also hold scale items' });
    }
    if (scaleItems.length >= REVERSE_KEY_REQUIRED_FROM && !scaleItems.some((item) => item.reverse)) {
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `a section with ${REVERSE_KEY_REQUIRED_FROM} or more scale items needs at least one reverse-keyed item`,
      });
    }
    if (section.scoring === 'none') {
      if (section.bands) ctx.addIssue({ code: 'custom', path: ['bands'], message: 'an unscored section has no bands' });
    } else if (!section.bands) {
      ctx.addIssue({ code: 'custom', path: ['bands'], message: 'a scored section needs bands covering 0–100' });
    } else {
      checkBands(section.bands, ctx);
    }
  });

export const QuestionnaireSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    version: z.number().int().min(1),
    title: Text,
    /** A short name for lists and history, e.g. "Weekly pulse". */
    shortTitle: Text,
    summary: Text,
    /** What kind of instrument this is: sets its place and "how often" label in the library, and whether the self-care check-in is shown beside its results. */
    purpose: z.enum(['assessment', 'pulse', 'presence', 'reflection', 'self-care']),
    estimatedMinutes: z.number().int().min(1).max(60),
    /** Required when any item is a scale item. */
    scale: ScaleSchema.optional(),
    /** Required when any item is a paired item. */
    pairedScale: PairedScaleSchema.optional(),
    /** When true, each of the four elements must have exactly one section. */
    coversEveryElement: z.boolean(),
    /** "mean-of-elements": an overall score, the mean of the element sections' scores, when all are complete. */
    overall: z.enum(['mean-of-elements', 'none']),
    /** The questionnaire whose items this one's scale items mirror (each naming its item in `mirrors`), so their scores share one footing. */
    mirrorsQuestionnaire: Id.optional(),
    /** What changed from the previous version, shown in the app where results of the two versions meet; may be edited in place. */
    changesFromPrevious: z
      .strictObject({
        /** One or two plain sentences on what changed and why. */
        summary: Text,
        /** Whether scores of this version and the previous one can be read side by side (trends and statements of change cross the boundary only when true). */
        scoresComparable: z.boolean(),
      })
      .optional(),
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine((questionnaire, ctx) => {
    const seenItems = new Map<string, string>();
    const seenSections = new Set<string>();
    const elementSections = new Map<string, number>();
    questionnaire.sections.forEach((section, sectionIndex) => {
      if (seenSections.has(section.id)) {
        ctx.addIssue({ code: 'custom', path: ['sections', sectionIndex, 'id'], message: `section "${section.id}" appears twice` });
      }
      seenSections.add(section.id);
      if (section.element) elementSections.set(section.element, (elementSections.get(section.element) ?? 0) + 1);
      section.items.forEach((item, itemIndex) => {
        const path = ['sections', sectionIndex, 'items', itemIndex];
        if (seenItems.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `item id "${item.id}" is already used in ${seenItems.get(item.id)}` });
        }
        seenItems.set(item.id, `section "${section.id}"`);
        if (item.type === 'scale' && !questionnaire.scale) {
          ctx.addIssue({ code: 'custom', path: ['scale'], message: `item "${item.id}" is a scale item, so the questionnaire needs a "scale"` });
        }
        if (item.type === 'paired' && !questionnaire.pairedScale) {
          ctx.addIssue({ code: 'custom', path: ['pairedScale'], message: `item "${item.id}" is a paired item, so the questionnaire needs a "pairedScale"` });
        }
      });
      if (section.offersNotApplicable !== undefined) {
        const path = ['sections', sectionIndex, 'offersNotApplicable'];
        if (questionnaire.scale?.notApplicable === undefined) {
          ctx.addIssue({ code: 'custom', path, message: 'only for a questionnaire whose "scale" has "notApplicable"' });
        } else if (!section.items.some((item) => item.type === 'scale')) {
          ctx.addIssue({ code: 'custom', path, message: 'only for a section with scale items' });
        }
      }
    });
    if (questionnaire.coversEveryElement) {
      for (const element of ELEMENT_IDS) {
        const count = elementSections.get(element) ?? 0;
        if (count !== 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections'],
            message: `"coversEveryElement" needs exactly one section for "${element}" (found ${count})`,
          });
        }
      }
    }
    if (questionnaire.overall === 'mean-of-elements' && !questionnaire.sections.some((s) => s.element && s.scoring === 'mean')) {
      ctx.addIssue({ code: 'custom', path: ['overall'], message: '"mean-of-elements" needs at least one "mean" section tied to an element' });
    }
  });

export type Scale = z.infer<typeof ScaleSchema>;
export type PairedScale = z.infer<typeof PairedScaleSchema>;
export type QuestionnaireItem = z.infer<typeof ItemSchema>;
export type ScaleItem = z.infer<typeof ScaleItemSchema>;
export type PairedItem = z.infer<typeof PairedItemSchema>;
export type ChoiceItem = z.infer<typeof ChoiceItemSchema>;
export type TextItem = z.infer<typeof TextItemSchema>;
export type Band = z.infer<typeof BandSchema>;
export type PracticeSuggestion = z.infer<typeof PracticeSuggestionSchema>;
export type QuestionnaireSection = z.infer<typeof SectionSchema>;
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;
export type Purpose = Questionnaire['purpose'];
