/**
 * A fingerprint of what a questionnaire version measures: its sections'
 * ids, elements and scoring rules, its items (ids, types, wording, reverse
 * keys, options) and its scales. Stored results are interpreted by id and
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
    sections: questionnaire.sections.map((s) => ({ id: s.id, element: s.element ?? null, scoring: s.scoring, items: s.items })),
  };
  return createHash('sha256').update(JSON.stringify(measured)).digest('hex').slice(0, 16);
}
