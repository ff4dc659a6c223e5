import { describe, expect, it, vi } from 'vitest';
import { newEntry } from '../../domain/journal/entry.ts';
import { newWeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { makeResponse, openTestProfile } from '../../testing/factories.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { saveJournalEntry } from './journal-repo.ts';
import { savePracticeLog } from './practice-log-repo.ts';
import { readProgressRecords, readProgressResponses, readProgressResponsesSince } from './progress-records.ts';
import { saveCompletedResponse } from './responses-repo.ts';
import { saveWeeklyReflection } from './weekly-repo.ts';

/** Makes a stored row impossible to open, as an altered record on disk would be. */
async function spoil(connection: ProfileConnection, table: string, id: string) {
  await connection.database.db.table(table).update(id, { payload: { scheme: 'plain', data: null } });
}

async function seed(connection: ProfileConnection) {
  await saveCompletedResponse(connection, makeResponse({ id: 'assessment', questionnaireId: 'compassionate-leadership' }));
  await saveCompletedResponse(connection, makeResponse({ id: 'pulse', questionnaireId: 'weekly-pulse', completedAt: '2026-11-02T09:00:00.000Z' }));
  await saveCompletedResponse(connection, makeResponse({ id: 'presence', questionnaireId: 'leadership-presence', completedAt: '2026-11-03T09:00:00.000Z' }));
  await saveCompletedResponse(connection, makeResponse({ id: 'inclusive', questionnaireId: 'inclusive-leadership', completedAt: '2026-11-04T09:00:00.000Z' }));
  await saveJournalEntry(connection, { ...newEntry('entry', new Date('2026-11-05T09:00:00.000Z'), '2026-11-05'), text: 'Private words' });
  const practice = { loggedAt: '2026-11-06T09:00:00.000Z', practiceId: 'arrive', practiceTitle: 'Arrive', minutes: 1, note: '', elementId: null };
  await savePracticeLog(connection, { ...practice, id: 'practice', date: '2026-11-06' });
  const week = newWeeklyReflection('week', '2026-11-02', new Date('2026-11-06T12:00:00.000Z'), false);
  await saveWeeklyReflection(connection, { ...week, completedAt: '2026-11-06T12:10:00.000Z' });
}

describe('the records Progress reads', () => {
  it('reads the three charted questionnaires, the practice log and the weekly reflections', async () => {
    const connection = await openTestProfile();
    await seed(connection);
    const { records, unreadable } = await readProgressRecords(connection);
    expect(records.responses.map((r) => r.id).sort()).toEqual(['assessment', 'presence', 'pulse']);
    expect(records.practice.map((p) => p.id)).toEqual(['practice']);
    expect(records.weekly.map((w) => w.weekOf)).toEqual(['2026-11-02']);
    expect(unreadable).toBe(0);
  });

  it('never opens another questionnaire’s result or the journal', async () => {
    const connection = await openTestProfile();
    await seed(connection);
    // Were either row opened, it would fail and be counted as unreadable.
    await spoil(connection, 'responses', 'inclusive');
    await spoil(connection, 'journal', 'entry');
    const tables = vi.spyOn(connection.database.db, 'table');
    const { records, unreadable } = await readProgressRecords(connection);
    expect(unreadable).toBe(0);
    expect(records.responses.map((r) => r.questionnaireId)).not.toContain('inclusive-leadership');
    expect(new Set(tables.mock.calls.map(([name]) => name))).toEqual(new Set(['responses', 'practiceLog', 'weeklyReflections']));
  });

  it('counts a charted record that cannot be opened, and still reads the rest', async () => {
    const connection = await openTestProfile();
    await seed(connection);
    await spoil(connection, 'responses', 'pulse');
    await spoil(connection, 'practiceLog', 'practice');
    const { records, unreadable } = await readProgressRecords(connection);
    expect(records.responses.map((r) => r.id).sort()).toEqual(['assessment', 'presence']);
    expect(records.practice).toEqual([]);
    expect(unreadable).toBe(2);
  });

  it('reads only the responses when that is all that is asked for', async () => {
    const connection = await openTestProfile();
    await seed(connection);
    const tables = vi.spyOn(connection.database.db, 'table');
    const { responses, unreadable } = await readProgressResponses(connection);
    expect(responses.map((r) => r.id).sort()).toEqual(['assessment', 'presence', 'pulse']);
    expect(unreadable).toBe(0);
    expect(new Set(tables.mock.calls.map(([name]) => name))).toEqual(new Set(['responses']));
  });

  it('reads only the charted responses since a moment, without opening older rows', async () => {
    const connection = await openTestProfile();
    await seed(connection);
    // The self-assessment (1 November) is older: were it opened, it would be counted as unreadable.
    await spoil(connection, 'responses', 'assessment');
    const { responses, unreadable } = await readProgressResponsesSince(connection, '2026-11-02T09:00:00.000Z');
    expect(responses.map((r) => r.id)).toEqual(['presence', 'pulse']);
    expect(unreadable).toBe(0);
  });
});
