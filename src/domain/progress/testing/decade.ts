/**
 * A decade of one leader's records for the dashboard's tests: 520 weekly
 * pulses (one each week, a slow rise with week-to-week noise), 40 full
 * self-assessments and 40 presence checks a quarter apart, 2,000 practice
 * sessions and a weekly reflection in most weeks (every tenth late, every
 * thirteenth week left without). Deterministic: the noise is a seeded
 * generator. By default the pulse moves from version 1 to 2 halfway, a
 * change declared not comparable.
 */
import type { ElementId } from '../../elements/element-ids.ts';
import { ELEMENT_IDS } from '../../elements/element-ids.ts';
import type { VersionChange } from '../../questionnaire/version-boundaries.ts';
import { addDays, daysFrom, weekOf } from '../../weekly/weeks.ts';
import type { ProgressContext, ProgressRecords } from '../progress-types.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from '../progress-types.ts';
import { assessment, practice, presence, pulse, reflection } from './progress-factory.ts';

/** A small seeded generator (mulberry32): the same numbers every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DECADE_TODAY = '2026-12-03';
export const DECADE_WEEKS = 520;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export interface Decade {
  records: ProgressRecords;
  context: ProgressContext;
}

export function decade(options: { pulseVersionChange?: boolean } = {}): Decade {
  const random = seeded(12);
  const firstMonday = addDays(weekOf(DECADE_TODAY), -7 * (DECADE_WEEKS - 1));
  const responses = [];
  const weekly = [];
  const practiceLog = [];
  const halfway = DECADE_WEEKS / 2;
  for (let week = 0; week < DECADE_WEEKS; week += 1) {
    const monday = addDays(firstMonday, 7 * week);
    const wednesday = addDays(monday, 2);
    const values = Object.fromEntries(ELEMENT_IDS.map((id, i) => [id, clamp(40 + week / 20 + i * 3 + (random() - 0.5) * 16)])) as Record<ElementId, number>;
    const version = options.pulseVersionChange !== false && week >= halfway ? 2 : 1;
    responses.push(pulse(`${wednesday}T08:30:00.000Z`, values, version));
    if (week % 13 === 0) {
      responses.push(assessment(`${addDays(monday, 3)}T19:00:00.000Z`, Object.fromEntries(ELEMENT_IDS.map((id) => [id, clamp(values[id] + 4)]))));
      responses.push(presence(`${addDays(monday, 4)}T12:00:00.000Z`, Object.fromEntries(ELEMENT_IDS.map((id, i) => [id, { aim: 85, actual: clamp(50 + week / 25 + i * 2) }]))));
    }
    if (week % 13 !== 12) weekly.push(reflection(monday, week % 10 === 9));
  }
  const days = daysFrom(firstMonday, DECADE_TODAY) + 1;
  for (let i = 0; i < 2000; i += 1) {
    const day = addDays(firstMonday, Math.floor((i * days) / 2000));
    practiceLog.push(practice(day, 60 + Math.floor(random() * 300), i % 5 === 4 ? null : (ELEMENT_IDS[i % 4] ?? null)));
  }
  const pulseNotes: VersionChange[] = [{ version: 2, summary: 'The pulse now asks three questions for each element.', scoresComparable: false }];
  return {
    records: { responses, practice: practiceLog, weekly },
    context: {
      today: DECADE_TODAY,
      timeZone: 'Europe/London',
      versionNotes: { [PULSE_ID]: pulseNotes, [ASSESSMENT_ID]: [], [PRESENCE_ID]: [] },
    },
  };
}
