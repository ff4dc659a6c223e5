/**
 * The time a leader is promised is true: each questionnaire's
 * `estimatedMinutes`, and any "N minutes" in its words, lies within ×0.75–×1.5
 * of the figure estimated from its content (src/domain/questionnaire/estimate-minutes.ts);
 * a practice's words claim no more or less than its steps last.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../vite/content-validation-plugin.ts';
import { estimateQuestionnaireTime } from '../domain/questionnaire/estimate-minutes.ts';
import { durationClaims } from './duration-claims.ts';
import type { Practice } from './practice-schema.ts';
import { practiceSeconds } from './practices.ts';
import type { Questionnaire } from './questionnaire-schema.ts';

const LOW = 0.75;
const HIGH = 1.5;

const files = readContentFiles(process.cwd());
const questionnaires = files.filter((f) => f.path.startsWith('content/questionnaires/')).map((f) => [f.path, JSON.parse(f.text) as Questionnaire] as const);
const practices = files.filter((f) => f.path.startsWith('content/practices/')).map((f) => [f.path, JSON.parse(f.text) as Practice] as const);

/** Claimed minutes outside ×0.75–×1.5 of the estimate, described for the failure message. */
function farFrom(minutes: number, claims: ReadonlyArray<[string, number]>): string[] {
  return claims
    .filter(([, claimed]) => claimed < minutes * LOW || claimed > minutes * HIGH)
    .map(([where, claimed]) => `${where} says ${claimed} min; the content takes about ${minutes} min`);
}

describe('durationClaims', () => {
  it.each([
    ['Two minutes to look back on your week', [2]],
    ['about 6 minutes, or 1 minute more', [6, 1]],
    ['A five-minute pulse', [5]],
    ['Pause before reacting (1½ minutes)', [1.5]],
    ['A few minutes of breathing, in the minute before a huddle', []],
  ])('reads %j as %j', (text, minutes) => {
    expect(durationClaims(text)).toEqual(minutes);
  });
});

describe('each questionnaire states the time it takes', () => {
  it.each(questionnaires)('%s', (_path, questionnaire) => {
    const estimate = estimateQuestionnaireTime(questionnaire);
    const claims: Array<[string, number]> = [
      ['estimatedMinutes', questionnaire.estimatedMinutes],
      ...durationClaims(questionnaire.title).map((m): [string, number] => ['title', m]),
      ...durationClaims(questionnaire.summary).map((m): [string, number] => ['summary', m]),
    ];
    expect(farFrom(estimate.minutes, claims), `estimated from the content: ${(estimate.seconds / 60).toFixed(1)} min`).toEqual([]);
  });
});

describe('each practice claims the length of its steps', () => {
  it.each(practices)('%s', (_path, practice) => {
    const claims = (['title', 'summary', 'when'] as const).flatMap((field) => durationClaims(practice[field]).map((m): [string, number] => [field, m]));
    expect(farFrom(practiceSeconds(practice) / 60, claims)).toEqual([]);
  });
});
