/**
 * A fingerprint of what a questionnaire version measures: its sections'
 * ids, elements and scoring rules, its items (ids, types, wording, reverse
 * keys, options), whether a section offers "does not apply" when it says so,
 * and its scales. Stored results are interpreted by id and
 * version, so once a version is released these must never change in place;
 * the content test compares every file with the fingerprints recorded in
 * content/released-questions.txt. Feedback, bands and practices may be edited freely.
 */
import { createHash } from 'node:crypto';
import type { Questionnaire } from './questionnaire-schema.ts';

export function questionsFingerprint(questionnaire: Questionnaire): string {
  const measured = {
    scale: questionnaire.scale ?? null,
    pairedScale: questionnaire.pairedScale ?? null,
    overall: questionnaire.overall,
    // `offersNotApplicable` counts only where a section sets it, so the fingerprints of files without it stay as they were.
    sections: questionnaire.sections.map((s) => ({
      id: s.id,
      element: s.element ?? null,
      scoring: s.scoring,
      items: s.items,
      ...(s.offersNotApplicable === undefined ? {} : { offersNotApplicable: s.offersNotApplicable }),
    })),
  };
  return createHash('sha256').update(JSON.stringify(measured)).digest('hex').slice(0, 16);
}
