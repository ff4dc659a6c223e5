/**
 * Test helpers for the file format (not shipped): a small profile with one or
 * two records of every kind, valid by record-schemas.ts, and a memoising key
 * derivation so tests that open the same encrypted file many times derive its
 * key once (writing still derives at the real iteration count, once a file).
 */
import { deriveFileKey } from '../file-crypto.ts';
import type { BackupBody } from '../file-types.ts';

/** A moment after every sample record; pass it as `now` to read and write. */
export const SAMPLE_NOW = new Date('2026-12-01T12:00:00.000Z');

/** The questionnaire versions the sample refers to. */
export const SAMPLE_CONTENT: Readonly<Record<string, readonly number[]>> = {
  'compassionate-leadership': [1, 2],
  'leadership-presence': [2],
  'weekly-pulse': [2],
  'self-compassion': [2],
};

/** A knownContent for reading the sample: the versions in SAMPLE_CONTENT. */
export function knowsSampleContent(questionnaireId: string, version: number): boolean {
  return Object.prototype.hasOwnProperty.call(SAMPLE_CONTENT, questionnaireId) && SAMPLE_CONTENT[questionnaireId]!.includes(version);
}

/** A fresh copy of a small profile holding every kind of record, linked to each other as the app links them. */
export function sampleBackupBody(): BackupBody {
  return {
    profile: { displayName: 'Sam on the ward' },
    records: {
      responses: [
        {
          id: 'response-1',
          questionnaireId: 'compassionate-leadership',
          questionnaireVersion: 2,
          startedAt: '2026-03-02T09:00:00.000Z',
          completedAt: '2026-03-02T09:12:00.000Z',
          scale: { min: 1, max: 5 },
          pairedScale: null,
          sections: [
            { sectionId: 'attending', elementId: 'attending', scoring: 'mean' },
            { sectionId: 'helping', elementId: 'helping', scoring: 'mean' },
          ],
          overall: 'mean-of-elements',
          items: [
            { kind: 'scale', itemId: 'attending-1', sectionId: 'attending', reverse: false, value: 4 },
            { kind: 'scale', itemId: 'attending-2', sectionId: 'attending', reverse: true, value: null, notApplicable: true },
            { kind: 'scale', itemId: 'helping-1', sectionId: 'helping', reverse: false, value: 5 },
          ],
          notes: { attending: 'Listening without rushing at handover.' },
        },
        {
          id: 'response-2',
          questionnaireId: 'leadership-presence',
          questionnaireVersion: 2,
          startedAt: '2026-03-06T16:00:00.000Z',
          completedAt: '2026-03-06T16:05:00.000Z',
          scale: null,
          pairedScale: { min: 1, max: 5 },
          sections: [{ sectionId: 'presence', elementId: null, scoring: 'gap' }],
          overall: 'none',
          items: [
            { kind: 'paired', itemId: 'presence-1', sectionId: 'presence', aim: 5, actual: 3 },
            { kind: 'choice', itemId: 'presence-theme', sectionId: 'presence', value: 'calm' },
            { kind: 'text', itemId: 'presence-note', sectionId: 'presence', value: 'A busy week.' },
          ],
          notes: {},
        },
      ],
      drafts: [
        {
          id: 'weekly-pulse',
          questionnaireVersion: 2,
          startedAt: '2026-03-09T08:00:00.000Z',
          updatedAt: '2026-03-09T08:03:00.000Z',
          stepIndex: 1,
          answers: { 'pulse-attending-1': 4, 'pulse-energy': 'not-applicable', 'presence-1': { aim: 5 } },
          notes: { 'pulse-attending': 'Short on time.' },
        },
      ],
      intentions: [
        {
          id: 'intention-1',
          createdAt: '2026-03-02T09:15:00.000Z',
          elementId: 'attending',
          text: 'Sit down for the first two minutes of every one-to-one.',
          source: 'practice',
          responseId: 'response-1',
          followUp: { outcome: 'partly', note: 'Managed it on three days.', answeredAt: '2026-03-09T08:10:00.000Z' },
        },
      ],
      journal: [
        {
          id: 'journal-1',
          createdAt: '2026-03-02T20:00:00.000Z',
          updatedAt: '2026-03-02T20:10:00.000Z',
          localDate: '2026-03-02',
          promptId: 'notice-pressure',
          promptText: 'Who seemed under pressure today?',
          text: 'The night team were short again. I asked what would help.',
          elements: ['attending', 'understanding'],
          tags: ['handover', 'night shift'],
          mood: 3,
          energy: 2,
          responseId: 'response-1',
          intentionId: 'intention-1',
        },
      ],
      practiceLog: [
        {
          id: 'practice-1',
          date: '2026-03-03',
          loggedAt: '2026-03-03T07:30:00.000Z',
          practiceId: 'paced-breathing',
          practiceTitle: 'Paced breathing',
          minutes: 3,
          seconds: 185,
          note: '',
          elementId: null,
        },
        {
          id: 'practice-2',
          date: '2025-11-20',
          loggedAt: '2025-11-20T12:00:00.000Z',
          practiceId: null,
          practiceTitle: 'A walk round the block',
          minutes: 10,
          note: 'Before the budget meeting.',
          elementId: 'empathising',
        },
      ],
      weeklyReflections: [
        {
          id: 'weekly-1',
          weekOf: '2026-03-02',
          startedAt: '2026-03-06T16:00:00.000Z',
          completedAt: '2026-03-06T16:30:00.000Z',
          late: false,
          step: 'intention',
          pulseResponseId: 'response-2',
          practiceLogId: 'practice-1',
          journalEntryId: 'journal-1',
          intentionId: 'intention-1',
        },
      ],
      preferences: [
        {
          id: 'preferences',
          dueWeekday: 5,
          hideStreak: false,
          reminder: { weekday: 5, time: '16:30', uid: 'attune-weekly-reminder-1', sequence: 2 },
          progressRange: 'year',
        },
      ],
    },
    unreadable: {},
  };
}

/**
 * deriveFileKey, remembered by passphrase, iterations and salt, so the same
 * file opened many times derives its key once (each derivation takes a few
 * hundred milliseconds at the real iteration count).
 */
export function memoDeriveKey(): (passphrase: string, kdf: { iterations: number; salt: string }) => Promise<CryptoKey> {
  const keys = new Map<string, Promise<CryptoKey>>();
  return (passphrase, kdf) => {
    const cacheKey = JSON.stringify([passphrase, kdf.iterations, kdf.salt]);
    let key = keys.get(cacheKey);
    if (key === undefined) {
      key = deriveFileKey(passphrase, kdf);
      keys.set(cacheKey, key);
    }
    return key;
  };
}

/** One shared memoising derivation for a test file. */
export const deriveKeyOnce = memoDeriveKey();
