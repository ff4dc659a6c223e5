/**
 * A decade of one leader's records as a backup body, for measuring the file
 * format (not shipped): 520 weekly pulses, 40 self-assessments and 40
 * presence checks, 480 weekly reflections, 520 intentions, 3,500 journal
 * entries, 2,200 practice sessions, a draft and the preferences (about 7,300
 * records), ending before SAMPLE_NOW. Deterministic: the same body every run.
 */
import { ELEMENT_IDS } from '../../elements/element-ids.ts';
import { seeded } from '../../progress/testing/decade.ts';
import type { AnsweredItem, AssessmentResponse } from '../../questionnaire/response.ts';
import type { BackupBody } from '../file-types.ts';
import { sampleBackupBody } from './sample-backup.ts';

const START = Date.UTC(2016, 11, 5, 9); // a Monday, ten years before SAMPLE_NOW
const DAY = 86_400_000;
const WORDS = 'the team asked for time to talk through the rota and I listened before I answered then we agreed one change to try'.split(' ');

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function decadeBody(): BackupBody {
  const random = seeded(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rating = () => 1 + Math.floor(random() * 5);
  const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ');
  const body = sampleBackupBody();
  body.profile.displayName = 'A decade of reflections';
  const responses: AssessmentResponse[] = [];
  const scaleResponse = (id: string, questionnaireId: string, at: number, perElement: number): AssessmentResponse => ({
    id,
    questionnaireId,
    questionnaireVersion: 2,
    startedAt: iso(at),
    completedAt: iso(at + 300_000),
    scale: { min: 1, max: 5 },
    pairedScale: null,
    sections: ELEMENT_IDS.map((element) => ({ sectionId: element, elementId: element, scoring: 'mean' as const })),
    overall: 'mean-of-elements',
    items: ELEMENT_IDS.flatMap((element) =>
      Array.from({ length: perElement }, (_, n): AnsweredItem => ({ kind: 'scale', itemId: `${element}-${n + 1}`, sectionId: element, reverse: n === 1, value: rating() })),
    ),
    notes: {},
  });
  for (let week = 0; week < 520; week += 1) {
    responses.push(scaleResponse(`pulse-${week}`, 'weekly-pulse', START + week * 7 * DAY + 4 * DAY, 3));
  }
  for (let quarter = 0; quarter < 40; quarter += 1) {
    const at = START + quarter * 91 * DAY + 2 * DAY;
    responses.push(scaleResponse(`assessment-${quarter}`, 'compassionate-leadership', at, 6));
    responses.push({
      id: `presence-${quarter}`,
      questionnaireId: 'leadership-presence',
      questionnaireVersion: 2,
      startedAt: iso(at + DAY),
      completedAt: iso(at + DAY + 240_000),
      scale: null,
      pairedScale: { min: 1, max: 5 },
      sections: [{ sectionId: 'presence', elementId: null, scoring: 'gap' }],
      overall: 'none',
      items: Array.from({ length: 8 }, (_, n): AnsweredItem => ({ kind: 'paired', itemId: `presence-${n + 1}`, sectionId: 'presence', aim: 5, actual: rating() })),
      notes: {},
    });
  }
  body.records.responses = responses;
  body.records.intentions = Array.from({ length: 520 }, (_, week) => ({
    id: `intention-${week}`,
    createdAt: iso(START + week * 7 * DAY + 4 * DAY + 600_000),
    elementId: pick(ELEMENT_IDS),
    text: sentence(10),
    source: 'own' as const,
    responseId: `pulse-${week}`,
    followUp: week === 519 ? null : { outcome: pick(['done', 'partly', 'not-yet'] as const), note: sentence(6), answeredAt: iso(START + (week + 1) * 7 * DAY + 4 * DAY) },
  }));
  body.records.journal = Array.from({ length: 3_500 }, (_, n) => {
    const at = START + Math.floor(n * 1.04) * DAY + 20 * 3_600_000;
    return {
      id: `journal-${n}`,
      createdAt: iso(at),
      updatedAt: iso(at + 600_000),
      localDate: iso(at).slice(0, 10),
      promptId: n % 3 === 0 ? 'notice-pressure' : null,
      promptText: n % 3 === 0 ? 'Who seemed under pressure today?' : null,
      text: sentence(8 + Math.floor(random() * 30)),
      elements: [pick(ELEMENT_IDS)],
      tags: n % 4 === 0 ? ['handover'] : [],
      mood: rating(),
      energy: rating(),
      responseId: null,
      intentionId: null,
    };
  });
  body.records.practiceLog = Array.from({ length: 2_200 }, (_, n) => {
    const at = START + Math.floor(n * 1.65) * DAY + 7 * 3_600_000;
    const seconds = 60 + Math.floor(random() * 600);
    return {
      id: `practice-${n}`,
      date: iso(at).slice(0, 10),
      loggedAt: iso(at),
      practiceId: 'paced-breathing',
      practiceTitle: 'Paced breathing',
      minutes: Math.round(seconds / 60),
      seconds,
      note: n % 5 === 0 ? sentence(5) : '',
      elementId: null,
    };
  });
  body.records.weeklyReflections = Array.from({ length: 520 }, (_, week) => week)
    .filter((week) => week % 13 !== 12)
    .map((week) => ({
      id: `weekly-${week}`,
      weekOf: iso(START + week * 7 * DAY).slice(0, 10),
      startedAt: iso(START + week * 7 * DAY + 4 * DAY),
      completedAt: iso(START + week * 7 * DAY + 4 * DAY + 1_200_000),
      late: week % 10 === 9,
      step: 'intention' as const,
      pulseResponseId: `pulse-${week}`,
      practiceLogId: null,
      journalEntryId: null,
      intentionId: `intention-${week}`,
    }));
  return body;
}
