/**
 * A small profile with records of every kind, for the backup and restore
 * tests (and the hostile corpus): a finished response that a journal entry,
 * an intention and a weekly reflection refer to, a draft, a practice and
 * saved preferences. Fixed ids and dates, so two profiles can be compared.
 */
import type { BackupRecords } from '../../../domain/files/file-types.ts';
import type { JournalEntry } from '../../../domain/journal/entry.ts';
import { newEntry } from '../../../domain/journal/entry.ts';
import type { Intention } from '../../../domain/intentions/intention.ts';
import type { PracticeLogEntry } from '../../../domain/practice/practice-log.ts';
import { DEFAULT_PREFERENCES } from '../../../domain/preferences.ts';
import type { WeeklyReflection } from '../../../domain/weekly/weekly-reflection.ts';
import { makeDraft, makeResponse } from '../../../testing/factories.ts';
import type { ProfileConnection } from '../../profile-connection.ts';
import { saveDraft } from '../../repositories/drafts-repo.ts';
import { saveIntention } from '../../repositories/intentions-repo.ts';
import { saveJournalEntry } from '../../repositories/journal-repo.ts';
import { savePracticeLog } from '../../repositories/practice-log-repo.ts';
import { saveCompletedResponse } from '../../repositories/responses-repo.ts';
import { savePreferences, saveWeeklyReflection } from '../../repositories/weekly-repo.ts';

export function sampleResponse(id = 'response-1', value = 4) {
  return makeResponse({ id, value, startedAt: '2026-11-02T09:00:00.000Z', completedAt: '2026-11-02T09:12:00.000Z' });
}

export function sampleJournal(id = 'journal-1', text = 'Listened properly in the huddle today.'): JournalEntry {
  return { ...newEntry(id, new Date('2026-11-02T19:00:00.000Z'), '2026-11-02'), text, tags: ['huddle'], mood: 4, responseId: 'response-1' };
}

export function sampleIntention(id = 'intention-1'): Intention {
  return { id, createdAt: '2026-11-02T09:15:00.000Z', elementId: 'attending', text: 'Ask before I advise', source: 'own', responseId: 'response-1', followUp: null };
}

export function samplePractice(id = 'practice-1'): PracticeLogEntry {
  return {
    id,
    date: '2026-11-03',
    loggedAt: '2026-11-03T07:40:00.000Z',
    practiceId: 'arrive',
    practiceTitle: 'Arrive',
    minutes: 2,
    seconds: 120,
    note: 'Before the ward round',
    elementId: 'attending',
  };
}

export function sampleWeekly(id = 'weekly-1'): WeeklyReflection {
  return {
    id,
    weekOf: '2026-11-02',
    startedAt: '2026-11-06T17:00:00.000Z',
    completedAt: '2026-11-06T17:20:00.000Z',
    late: false,
    step: 'intention',
    pulseResponseId: null,
    practiceLogId: 'practice-1',
    journalEntryId: 'journal-1',
    intentionId: 'intention-1',
  };
}

/** The records `populate` writes, as a backup holds them. */
export function sampleRecords(): BackupRecords {
  const { questionnaireId, ...draft } = makeDraft({ startedAt: '2026-11-04T08:00:00.000Z', updatedAt: '2026-11-04T08:03:00.000Z' });
  return {
    responses: [sampleResponse()],
    drafts: [{ id: questionnaireId, ...draft }],
    intentions: [sampleIntention()],
    journal: [sampleJournal()],
    practiceLog: [samplePractice()],
    weeklyReflections: [sampleWeekly()],
    preferences: [{ ...DEFAULT_PREFERENCES, dueWeekday: 3, hideStreak: true }],
  };
}

/** Writes sampleRecords() into the profile through its repositories. */
export async function populate(connection: ProfileConnection): Promise<BackupRecords> {
  const records = sampleRecords();
  for (const response of records.responses) await saveCompletedResponse(connection, response);
  for (const { id, ...draft } of records.drafts) await saveDraft(connection, { questionnaireId: id, ...draft });
  for (const intention of records.intentions) await saveIntention(connection, intention);
  for (const entry of records.journal) await saveJournalEntry(connection, entry);
  for (const practice of records.practiceLog) await savePracticeLog(connection, practice);
  for (const weekly of records.weeklyReflections) await saveWeeklyReflection(connection, weekly);
  for (const preferences of records.preferences) await savePreferences(connection, preferences);
  return records;
}
