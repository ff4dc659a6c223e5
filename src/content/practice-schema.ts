/**
 * The zod schema for mindfulness practice files (`content/practices/<id>.json`)
 * and for the journal prompts (`content/prompts/journal-prompts.json`).
 * Build and test time only, like the questionnaire schema.
 *
 * A practice is a script of timed steps. A breathing practice also declares
 * its pace, which drives the visual guide (or, with reduced motion, a still
 * count in words). The total of the steps' seconds is the practice's length.
 */
import { z } from 'zod';
import { ElementIdSchema } from './questionnaire-schema.ts';

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');
const Text = z.string().trim().min(1, 'must not be empty');

export const PracticeStepSchema = z.strictObject({
  /** What to do during this step, in a sentence or two. */
  text: Text,
  seconds: z.number().int().min(5).max(900),
  /** Where the step sits: settling in, the practice itself, or returning to the day. */
  stage: z.enum(['settling', 'practice', 'returning']),
  /** Only in a breathing practice, only on "practice" steps: the breathing guide runs during this step. */
  pacer: z.boolean().optional(),
});

export const BreathPaceSchema = z.strictObject({
  inhaleSeconds: z.number().int().min(2).max(10),
  holdSeconds: z.number().int().min(0).max(10),
  exhaleSeconds: z.number().int().min(2).max(12),
  restSeconds: z.number().int().min(0).max(10),
});

export const PracticeSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: Id,
    version: z.number().int().min(1),
    title: Text,
    summary: Text,
    /** When the practice is most useful, e.g. "Before a difficult conversation". */
    when: Text,
    /** The elements this practice most supports, offered first in the practice log. */
    elements: z.array(ElementIdSchema).min(1).max(4),
    /** Present for a paced-breathing practice: drives the visual guide. */
    breathing: BreathPaceSchema.optional(),
    /** How to do the practice without watching the screen: shown before it starts, and in place of the moving guide when the user prefers reduced motion. */
    stillGuidance: Text,
    /** A safety line shown before the practice starts and while it runs (e.g. what to do if you feel light-headed, or how to stop). */
    safety: Text.optional(),
    steps: z.array(PracticeStepSchema).min(1).max(30),
  })
  .superRefine((practice, ctx) => {
    const total = practice.steps.reduce((sum, step) => sum + step.seconds, 0);
    if (total > 30 * 60) ctx.addIssue({ code: 'custom', path: ['steps'], message: `the steps add up to ${total} s; keep a practice to 30 minutes or less` });
    practice.steps.forEach((step, index) => {
      if (step.pacer && !practice.breathing) ctx.addIssue({ code: 'custom', path: ['steps', index, 'pacer'], message: 'only a practice with "breathing" has a pacer' });
      if (step.pacer && step.stage !== 'practice')
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'pacer'], message: `the pacer runs only in "practice" steps, not while ${step.stage}` });
    });
    if (practice.breathing && !practice.steps.some((step) => step.pacer))
      ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a breathing practice needs at least one step with "pacer": true' });
  });

export const JournalPromptSchema = z.strictObject({
  id: Id,
  element: ElementIdSchema,
  text: Text,
  /** When true, the prompt may bring back something distressing, and the support routes are shown with it. */
  support: z.boolean().optional(),
});

export const JournalPromptsSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.literal('journal-prompts'),
    version: z.number().int().min(1),
    prompts: z.array(JournalPromptSchema).min(4),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.prompts.forEach((prompt, index) => {
      if (seen.has(prompt.id)) ctx.addIssue({ code: 'custom', path: ['prompts', index, 'id'], message: `prompt id "${prompt.id}" appears twice` });
      seen.add(prompt.id);
    });
  });

export type Practice = z.infer<typeof PracticeSchema>;
export type PracticeStep = z.infer<typeof PracticeStepSchema>;
export type BreathPace = z.infer<typeof BreathPaceSchema>;
export type JournalPrompt = z.infer<typeof JournalPromptSchema>;
export type JournalPrompts = z.infer<typeof JournalPromptsSchema>;
