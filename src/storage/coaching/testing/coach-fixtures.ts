/**
 * Coach spaces for the coaching storage tests: a coach profile in a fresh
 * directory, coachees added by hand (a key, a database with one result, and
 * the row), shares as the file reader hands them over, and the raw rows of a
 * database to compare before and after.
 */
import Dexie from 'dexie';
import type { CoacheeSummary, ShareBody, ShareCovers, ShareRecords } from '../../../domain/coaching/coaching-types.ts';
import { DEFAULT_SHARE_SCOPE } from '../../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../../domain/files/file-types.ts';
import { FILE_FORMAT, FORMAT_VERSION } from '../../../domain/files/file-types.ts';
import type { DirectoryDatabase } from '../../directory.ts';
import { openDirectory } from '../../directory.ts';
import type { ProfileConnection } from '../../profile-connection.ts';
import { openProfile } from '../../profile-connection.ts';
import type { ProfileRecord } from '../../repositories/profiles-repo.ts';
import { createProfile } from '../../repositories/profiles-repo.ts';
import { responsesTable } from '../../repositories/responses-repo.ts';
import { sampleRecords, sampleResponse } from '../../files/testing/populate.ts';
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

/** A share as the reader hands it over: the sample records (no drafts or preferences), with scores and written answers. */
export function openedShare(options: {
  linkId: string;
  shareId: string;
  exportedAt: string;
  leaderName?: string;
  withdraw?: string[];
  records?: Partial<ShareRecords>;
}): OpenedFile<ShareBody> {
  const sample = sampleRecords();
  const records: ShareRecords = { ...sample, drafts: [], preferences: [], ...options.records };
  return {
    header: {
      format: FILE_FORMAT,
      formatVersion: FORMAT_VERSION,
      kind: 'share',
      appVersion: '0.1.0',
      schemaVersion: 5,
      exportedAt: options.exportedAt,
      contentVersions: {},
    },
    body: {
      linkId: options.linkId,
      shareId: options.shareId,
      leaderName: options.leaderName ?? 'Sam',
      timeZone: 'Europe/London',
      scope: { ...DEFAULT_SHARE_SCOPE, reflections: 'with-answers' },
      records,
      withdraw: options.withdraw ?? [],
    },
    encrypted: false,
  };
}

/** Every row of every table of a database, as stored (sealed), to compare before and after. */
export async function rawRows(database: string): Promise<Record<string, unknown[]>> {
  const db = await new Dexie(database).open();
  try {
    const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
    return Object.fromEntries(tables);
  } finally {
    db.close();
  }
}
