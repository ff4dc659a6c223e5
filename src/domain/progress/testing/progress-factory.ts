/**
 * Real AssessmentResponse objects for the dashboard's tests, on a 0–100
 * answer scale so a section's score is exactly the value given: a weekly
 * pulse (three items per element and an energy section with no element), a
 * full self-assessment (four items per element) and a presence check (two
 * pairs per element). A value of null leaves that element's items
 * unanswered (the section is then incomplete). Ids are sequential.
 */
import type { ElementId } from '../../elements/element-ids.ts';
import { ELEMENT_IDS } from '../../elements/element-ids.ts';
import type { PracticeLogEntry } from '../../practice/practice-log.ts';
import type { AnsweredItem, AnsweredSection, AssessmentResponse } from '../../questionnaire/response.ts';
import type { ReflectionRecord } from '../../weekly/weeks.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from '../progress-types.ts';

let sequence = 0;
function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${String(sequence).padStart(5, '0')}`;
}

/** Scores per element; a single number gives all four the same. */
export type ElementValues = number | Partial<Record<ElementId, number | null>>;

function valueOf(values: ElementValues, id: ElementId): number | null {
  if (typeof values === 'number') return values;
  const value = values[id];
  return value === undefined ? null : value;
}

const SCALE = { min: 0, max: 100 };

function base(questionnaireId: string, completedAt: string, version: number): Omit<AssessmentResponse, 'sections' | 'items' | 'overall' | 'pairedScale'> {
  return {
    id: nextId(questionnaireId),
    questionnaireId,
    questionnaireVersion: version,
    startedAt: completedAt,
    completedAt,
    scale: SCALE,
    notes: {},
  };
}

function meanResponse(questionnaireId: string, prefix: string, perElement: number, completedAt: string, values: ElementValues, version: number): AssessmentResponse {
  const sections: AnsweredSection[] = ELEMENT_IDS.map((id) => ({ sectionId: `${prefix}${id}`, elementId: id, scoring: 'mean' }));
  const items: AnsweredItem[] = ELEMENT_IDS.flatMap((id) =>
    Array.from({ length: perElement }, (_, i) => ({
      kind: 'scale' as const,
      itemId: `${prefix}${id}-${i}`,
      sectionId: `${prefix}${id}`,
      reverse: false,
      value: valueOf(values, id),
    })),
  );
  return { ...base(questionnaireId, completedAt, version), pairedScale: null, overall: 'mean-of-elements', sections, items };
}

/** A weekly pulse completed at `completedAt` (an ISO instant) with these element scores. */
export function pulse(completedAt: string, values: ElementValues, version = 1): AssessmentResponse {
  const response = meanResponse(PULSE_ID, 'pulse-', 3, completedAt, values, version);
  response.sections.push({ sectionId: 'pulse-energy', elementId: null, scoring: 'mean' });
  response.items.push({ kind: 'scale', itemId: 'pulse-energy-0', sectionId: 'pulse-energy', reverse: false, value: 10 });
  return response;
}

/** A full self-assessment with these element scores. */
export function assessment(completedAt: string, values: ElementValues, version = 1): AssessmentResponse {
  return meanResponse(ASSESSMENT_ID, '', 4, completedAt, values, version);
}

/** A presence check with these aims and actuals per element (a missing element is left unanswered). */
export function presence(completedAt: string, pairs: Partial<Record<ElementId, { aim: number; actual: number }>>, version = 1): AssessmentResponse {
  const sections: AnsweredSection[] = ELEMENT_IDS.map((id) => ({ sectionId: `presence-${id}`, elementId: id, scoring: 'gap' }));
  const items: AnsweredItem[] = ELEMENT_IDS.flatMap((id) =>
    [0, 1].map((i) => ({
      kind: 'paired' as const,
      itemId: `presence-${id}-${i}`,
      sectionId: `presence-${id}`,
      aim: pairs[id]?.aim ?? null,
      actual: pairs[id]?.actual ?? null,
    })),
  );
  return { ...base(PRESENCE_ID, completedAt, version), scale: null, pairedScale: SCALE, overall: 'none', sections, items };
}

/** A logged practice on a local date. */
export function practice(date: string, seconds: number, elementId: ElementId | null = null): PracticeLogEntry {
  return {
    id: nextId('practice'),
    date,
    loggedAt: `${date}T12:00:00.000Z`,
    practiceId: 'arrive',
    practiceTitle: 'Arrive',
    minutes: Math.round(seconds / 60),
    seconds,
    note: '',
    elementId,
  };
}

/** A completed weekly reflection for the week of `weekOf` (a Monday). */
export function reflection(weekOf: string, late = false): ReflectionRecord {
  return { weekOf, completedAt: `${weekOf}T18:00:00.000Z`, late };
}
