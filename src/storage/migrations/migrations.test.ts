/**
 * Every schema version is exercised: for each version there is a seed in
 * tests/fixtures/schema/<database>-v<N>.json holding the rows as that version
 * wrote them. The seed is written into a database built with the migrations
 * up to N, then opened with today's code, and every record must come back
 * intact. A version without a seed fails the first test.
 */
import { existsSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DIRECTORY_DB_NAME, openDirectory } from '../directory.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { openProfile, profileDatabaseName } from '../profile-connection.ts';
import { listDrafts } from '../repositories/drafts-repo.ts';
import type { ProfileRecord } from '../repositories/profiles-repo.ts';
import { listProfiles, resolveStartupProfile } from '../repositories/profiles-repo.ts';
import { listIntentions } from '../repositories/intentions-repo.ts';
import { listAllJournal } from '../repositories/journal-repo.ts';
import { listPracticeLog } from '../repositories/practice-log-repo.ts';
import { getPreferences, listWeeklyReflections } from '../repositories/weekly-repo.ts';
import { listResponses } from '../repositories/responses-repo.ts';
import { openCoacheeConnection } from '../coaching/coachee-database.ts';
import { coacheeDatabaseName } from '../coaching/coachee-names.ts';
import { listCoacheeRows } from '../coaching/coachees-table.ts';
import { notesTable, SHARE_ROW_ID, SHARED_TABLE_OF, shareTable } from '../coaching/coachee-tables.ts';
import type { SharedKind } from '../../domain/coaching/coaching-types.ts';
import { SHARED_KINDS } from '../../domain/coaching/coaching-types.ts';
import { fromBase64 } from '../../domain/crypto/encoding.ts';
import { sealedTable } from '../repositories/sealed-table.ts';
import { coacheeMigrations } from './coachee/index.ts';
import { directoryMigrations } from './directory/index.ts';
import type { Migration } from './migration.ts';
import { profileMigrations } from './profile/index.ts';

interface Seed {
  database: 'profile' | 'directory' | 'coachee';
  version: number;
  profileId?: string;
  /** A coachee seed: whose database it is, and its key (base64). */
  linkId?: string;
  key?: string;
  tables: Record<string, Record<string, unknown>[]>;
  expected: Record<string, unknown>;
}

const DATABASES = { profile: profileMigrations, directory: directoryMigrations, coachee: coacheeMigrations } as const;

/** The coaching tables of a profile (v5), read through plain sealed tables with their index fields (their repositories are in storage/sharing and storage/coaching). */
const COACHING_TABLES = [
  ['sharesMade', ['madeAt']],
  ['coachComments', ['responseId']],
] as const;

function coachingTable(name: string, index: readonly string[]) {
  return sealedTable<{ id: string } & Record<string, unknown>, string>(name, index);
}

function fixturePath(database: string, version: number): string {
  return `tests/fixtures/schema/${database}-v${version}.json`;
}

function readSeed(database: string, version: number): Seed {
  return JSON.parse(readFileSync(fixturePath(database, version), 'utf8')) as Seed;
}

/** Writes a seed with the schema as it was at its version (migrations are append-only, so a prefix is that schema). */
async function writeSeed(name: string, migrations: readonly Migration[], seed: Seed): Promise<void> {
  const db = new Dexie(name);
  for (const migration of migrations.filter((m) => m.version <= seed.version)) {
    db.version(migration.version).stores(migration.stores);
  }
  await db.open();
  for (const [table, rows] of Object.entries(seed.tables)) await db.table(table).bulkAdd(rows);
  db.close();
}

describe('schema versions', () => {
  it.each(Object.entries(DATABASES).flatMap(([database, migrations]) => migrations.map((m) => [database, m.version] as const)))(
    '%s v%i has a seed fixture',
    (database, version) => {
      expect(existsSync(fixturePath(database, version)), `add ${fixturePath(database, version)} and a test for it`).toBe(true);
    },
  );

  it('are numbered 1, 2, 3… with no gaps', () => {
    for (const migrations of Object.values(DATABASES)) {
      expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    }
  });
});

describe.each(profileMigrations.map((m) => m.version))('a profile database written by schema v%i', (version) => {
  it('opens with today’s code with every record intact', async () => {
    const seed = readSeed('profile', version);
    const profile: ProfileRecord = { id: seed.profileId!, displayName: 'Seed', createdAt: '2026-01-01T00:00:00.000Z', vault: { scheme: 'plain' } };
    await writeSeed(profileDatabaseName(profile.id), profileMigrations, seed);

    const connection = await openProfile(profile);
    expect(connection.database.readOnly).toBe(false);
    expect(await listResponses(connection)).toEqual({ items: seed.expected.responses, unreadable: 0 });
    expect(await listDrafts(connection)).toEqual({ items: seed.expected.drafts, unreadable: 0 });
    expect(await listIntentions(connection)).toEqual({ items: seed.expected.intentions ?? [], unreadable: 0 });
    expect(await listAllJournal(connection)).toEqual({ items: seed.expected.journal ?? [], unreadable: 0 });
    expect(await listPracticeLog(connection)).toEqual({ items: seed.expected.practiceLog ?? [], unreadable: 0 });
    expect(await listWeeklyReflections(connection)).toEqual({ items: seed.expected.weeklyReflections ?? [], unreadable: 0 });
    if (seed.expected.preferences) expect(await getPreferences(connection)).toEqual(seed.expected.preferences);
    for (const [table, index] of COACHING_TABLES) {
      expect(await coachingTable(table, index).list(connection, 'id'), table).toEqual({ items: seed.expected[table] ?? [], unreadable: 0 });
    }
    expect(await listCoacheeRows(connection)).toEqual({ items: seed.expected.coachees ?? [], unreadable: 0 });
    connection.database.db.close();
  });
});

/** Every plaintext index field of a sealed table, and the list that must refuse a row whose field was altered. */
const INDEX_FIELDS = [
  ['responses', ['questionnaireId', 'completedAt'], listResponses],
  ['drafts', ['updatedAt'], listDrafts],
  ['intentions', ['createdAt'], listIntentions],
  ['journal', ['createdAt'], listAllJournal],
  ['practiceLog', ['date'], listPracticeLog],
  ['weeklyReflections', ['weekOf'], listWeeklyReflections],
  ...COACHING_TABLES.map(([table, index]) => [table, index, (c: ProfileConnection) => coachingTable(table, index).list(c, 'id')] as const),
] as const;

describe.each(profileMigrations.map((m) => m.version))('a profile database written by schema v%i, once opened', (version) => {
  it('checks every plaintext index field: one altered on disk makes its record unreadable, never shown with the wrong data', async () => {
    const seed = readSeed('profile', version);
    const profile: ProfileRecord = { id: seed.profileId!, displayName: 'Seed', createdAt: '2026-01-01T00:00:00.000Z', vault: { scheme: 'plain' } };
    await writeSeed(profileDatabaseName(profile.id), profileMigrations, seed);
    const connection = await openProfile(profile);
    let checked = 0;
    for (const [table, fields, list] of INDEX_FIELDS) {
      const rows = seed.tables[table] ?? [];
      for (const row of rows) {
        for (const field of fields) {
          const rowId = row.id as string;
          await connection.database.db.table(table).update(rowId, { [field]: '2001-01-01' });
          const listed = await list(connection);
          expect(listed.unreadable, `${table}.${field}`).toBe(1);
          expect(listed.items).toHaveLength(rows.length - 1);
          await connection.database.db.table(table).update(rowId, { [field]: row[field] });
          expect((await list(connection)).unreadable).toBe(0);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    connection.database.db.close();
  });
});

/** A coachee seed's rows as stored: its sealed payloads' base64 `iv` and `ciphertext` turned back into bytes. */
function storedRows(seed: Seed): Seed {
  const bytes = (row: Record<string, unknown>) => {
    const payload = row.payload as { scheme: string; iv: string; ciphertext: string } | undefined;
    if (payload?.scheme !== 'aes-gcm') return row;
    return { ...row, payload: { scheme: 'aes-gcm', iv: fromBase64(payload.iv), ciphertext: fromBase64(payload.ciphertext).buffer } };
  };
  return { ...seed, tables: Object.fromEntries(Object.entries(seed.tables).map(([table, rows]) => [table, rows.map(bytes)])) };
}

async function openCoacheeSeed(version: number): Promise<{ seed: Seed; connection: ProfileConnection }> {
  const seed = readSeed('coachee', version);
  await writeSeed(coacheeDatabaseName(seed.profileId!, seed.linkId!), coacheeMigrations, storedRows(seed));
  const connection = await openCoacheeConnection(seed.profileId!, seed.linkId!, seed.key!);
  return { seed, connection };
}

const byId = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id));

describe.each(coacheeMigrations.map((m) => m.version))('a coachee database written by schema v%i', (version) => {
  it('opens with today’s code and its key with every record intact', async () => {
    const { seed, connection } = await openCoacheeSeed(version);
    expect(connection.database.readOnly).toBe(false);
    expect(await shareTable.get(connection, SHARE_ROW_ID)).toEqual(seed.expected.share);
    for (const kind of SHARED_KINDS) {
      const listed = await SHARED_TABLE_OF[kind].list(connection, 'id');
      expect({ ...listed, items: byId(listed.items) }, kind).toEqual({ items: byId((seed.expected[kind] as { id: string }[] | undefined) ?? []), unreadable: 0 });
    }
    const notes = await notesTable.list(connection, 'id');
    expect({ ...notes, items: byId(notes.items) }).toEqual({ items: byId(seed.expected.notes as { id: string }[]), unreadable: 0 });
    connection.database.db.close();
  });

  it('checks every plaintext index field: one altered on disk makes its record unreadable', async () => {
    const { seed, connection } = await openCoacheeSeed(version);
    const fields: Array<[string, readonly string[], () => Promise<{ unreadable: number }>]> = [
      ...(['responses', 'intentions', 'journal', 'practiceLog', 'weeklyReflections'] as SharedKind[]).map(
        (kind) => [kind, INDEX_FIELDS.find(([table]) => table === kind)![1], () => SHARED_TABLE_OF[kind].list(connection, 'id')] as [string, readonly string[], () => Promise<{ unreadable: number }>],
      ),
      ['notes', ['responseId'], () => notesTable.list(connection, 'id')],
    ];
    let checked = 0;
    for (const [table, index, list] of fields) {
      for (const row of seed.tables[table] ?? []) {
        for (const field of index) {
          if (row[field] === null) continue; // not in the index: nothing plaintext to alter
          // get and put (Dexie's update would clone the sealed bytes into a plain object)
          const stored = connection.database.db.table(table);
          const before = await stored.get(row.id as string);
          await stored.put({ ...before, [field]: '2001-01-01' });
          expect((await list()).unreadable, `${table}.${field}`).toBe(1);
          await stored.put(before);
          expect((await list()).unreadable, `${table}.${field} put back`).toBe(0);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
    connection.database.db.close();
  });
});

describe.each(directoryMigrations.map((m) => m.version))('a directory database written by schema v%i', (version) => {
  it('opens with today’s code with every profile intact and the active one chosen', async () => {
    const seed = readSeed('directory', version);
    await writeSeed(DIRECTORY_DB_NAME, directoryMigrations, seed);

    const directory = await openDirectory();
    expect(await listProfiles(directory)).toEqual(seed.tables.profiles);
    expect((await resolveStartupProfile(directory))?.id).toBe(seed.expected.startupProfileId);
    for (const [table, rows] of Object.entries(seed.tables)) {
      expect(await directory.db.table(table).toArray(), table).toEqual(rows);
    }
    directory.db.close();
  });
});
