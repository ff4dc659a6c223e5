/**
 * Coach spaces for the coaching storage tests: a coach profile in a fresh
 * directory, coachees added by hand (a key, a database with one result, and
 * the row), and the raw rows of a database to compare before and after.
 */
import type { CoacheeSummary, ShareCovers } from '../../../domain/coaching/coaching-types.ts';
import type { DirectoryDatabase } from '../../directory.ts';
import { openDirectory } from '../../directory.ts';
import type { ProfileConnection } from '../../profile-connection.ts';
import { openProfile } from '../../profile-connection.ts';
import type { ProfileRecord } from '../../repositories/profiles-repo.ts';
import { createProfile } from '../../repositories/profiles-repo.ts';
import { responsesTable } from '../../repositories/responses-repo.ts';
import { sampleResponse } from '../../files/testing/populate.ts';
import { closeCoacheeConnection, newCoacheeKey, openCoacheeConnection } from '../coachee-database.ts';
import type { CoacheeRow } from '../coachees-table.ts';
import { coacheesTable } from '../coachees-table.ts';

export const NO_COVERS: ShareCovers = {
  counts: { responses: 0, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 },
  from: null,
  to: null,
  writtenAnswers: false,
};

export async function coachSpace(name = 'Coach Robin'): Promise<{ directory: DirectoryDatabase; record: ProfileRecord; connection: ProfileConnection }> {
  const directory = await openDirectory();
  const record = await createProfile(directory, name, new Date('2026-12-01T09:00:00.000Z'), { kind: 'coach' });
  const connection = await openProfile(record);
  return { directory, record, connection };
}

export function summaryOf(linkId: string, displayName: string): CoacheeSummary {
  return {
    linkId,
    displayName,
    addedAt: '2026-12-01T10:00:00.000Z',
    latestShareId: `share-of-${linkId}`,
    latestShareAt: '2026-12-01T09:30:00.000Z',
    receivedAt: '2026-12-01T10:00:00.000Z',
    covers: NO_COVERS,
    whatIsNew: null,
  };
}

/** Adds a coachee as an import would leave one: their database (one result) and their row. */
export async function addCoacheeByHand(connection: ProfileConnection, linkId: string, displayName: string): Promise<CoacheeRow> {
  const key = await newCoacheeKey();
  const coachee = await openCoacheeConnection(connection.profileId, linkId, key);
  await responsesTable.put(coachee, sampleResponse(`result-of-${linkId}`));
  await closeCoacheeConnection(coachee);
  const row: CoacheeRow = { id: linkId, summary: summaryOf(linkId, displayName), seen: [`share-of-${linkId}`], withdrawn: [], key };
  await coacheesTable.put(connection, row);
  return row;
}

export async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '').sort();
}
