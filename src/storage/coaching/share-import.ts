/**
 * Taking a share into a coach space: a new coachee, or a newer share from a
 * known one (matched by link id, never by name) that replaces their older
 * share, in their own database only. Records are sealed first, in chunks
 * (the page keeps answering), then written in one transaction; any failure
 * leaves every coachee as they were.
 *
 * Refused, with nothing written: a share already taken in, one older than
 * the one held, one the leader has withdrawn, and (when the coach is
 * updating one coachee) a share from anyone else.
 */
import type { CoacheeSummary, ShareBody, ShareCovers, SharedKind, WhatIsNew } from '../../domain/coaching/coaching-types.ts';
import { SHARED_KINDS } from '../../domain/coaching/coaching-types.ts';
import { addToCovers, emptyCovers } from '../../domain/coaching/share-covers.ts';
import { whatIsNew } from '../../domain/coaching/what-is-new.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { guard } from '../errors.ts';
import { breathe } from '../files/profile-records.ts';
import { holdRestoring } from '../lifecycle/profile-locks.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { sealedWrite } from '../repositories/sealed-write.ts';
import { withCoachee } from './coachee-access.ts';
import { closeCoacheeConnection, deleteCoacheeDatabase, newCoacheeKey, openCoacheeConnection } from './coachee-database.ts';
import { coacheeDatabaseName } from './coachee-names.ts';
import type { CoacheeRow } from './coachees-table.ts';
import { coacheesTable } from './coachees-table.ts';
import type { ShareHeaderRow } from './coachee-tables.ts';
import { SHARE_ROW_ID, SHARE_TABLES, SHARED_TABLE_OF, shareTable } from './coachee-tables.ts';
import { CoachingError } from './coach-types.ts';
import type { OnProgress, ShareImportPreview, ShareImportReport } from './coach-types.ts';
import { MAX_COACHEE_NAME } from './coach-space.ts';

/** Records sealed between breaths, and rows per bulkAdd inside the one transaction. */
const CHUNK = 200;
/** Records added to the covers between breaths. */
const COVERS_CHUNK = 1000;

export const SHARE_REFUSALS = {
  'already-here': 'This share has been opened here before, so there is nothing new in it. Nothing was changed.',
  older: 'This share is older than the latest one you have from this person, so it was not opened. Nothing was changed.',
  withdrawn: 'The person who made this share has asked for it to be withdrawn, so it was not opened. Nothing was changed.',
  'other-coachee':
    'This share is from someone else, not from the person you are updating, so it was not added to them. Nothing was changed. To add them, open it under Open a share.',
} as const;

type Refusal = keyof typeof SHARE_REFUSALS;

export const ADDED_ELSEWHERE = 'This person was added in another tab a moment ago, so nothing was changed here. Open the share again to update them.';

/** Why the share must not be taken in, if it must not. */
function refusal(row: CoacheeRow | undefined, file: OpenedFile<ShareBody>, expectLinkId?: string): Refusal | null {
  const { linkId, shareId } = file.body;
  if (expectLinkId !== undefined && expectLinkId !== linkId) return 'other-coachee';
  if (!row) return null;
  if (row.withdrawn.includes(shareId)) return 'withdrawn';
  if (row.seen.includes(shareId)) return 'already-here';
  if (Date.parse(file.header.exportedAt) < Date.parse(row.summary.latestShareAt)) return 'older';
  return null;
}

/** The covers of the share's records, added up a chunk at a time (a decade is never one long task). */
async function coversOf(body: ShareBody): Promise<ShareCovers> {
  let covers = emptyCovers(body.scope);
  for (const kind of SHARED_KINDS) {
    const list = body.records[kind] as unknown[];
    for (let start = 0; start < list.length; start += COVERS_CHUNK) {
      covers = addToCovers(covers, { [kind]: list.slice(start, start + COVERS_CHUNK) }, body.timeZone);
      await breathe();
    }
  }
  return covers;
}

function idsOf(body: ShareBody): Record<SharedKind, string[]> {
  return Object.fromEntries(SHARED_KINDS.map((kind) => [kind, (body.records[kind] as Array<{ id: string }>).map((r) => r.id)])) as Record<SharedKind, string[]>;
}

/** The ids of every record the coachee's database holds now (keys only: nothing is opened). */
async function heldIds(coachee: ProfileConnection): Promise<Record<SharedKind, string[]>> {
  const entries = await Promise.all(
    SHARED_KINDS.map(async (kind) => [kind, (await guard(() => coachee.database.db.table(SHARED_TABLE_OF[kind].name).toCollection().primaryKeys())) as string[]] as const),
  );
  return Object.fromEntries(entries) as Record<SharedKind, string[]>;
}

/** Earlier shares of this coachee that the share asks to withdraw and this space has taken in and not yet withdrawn. */
function newlyWithdrawn(row: CoacheeRow | undefined, body: ShareBody): string[] {
  if (!row) return [];
  return [...new Set(body.withdraw)].filter((id) => row.seen.includes(id) && !row.withdrawn.includes(id));
}

/**
 * What taking `file` in would do. With `expectLinkId` (the coach is updating
 * one coachee), a share from anyone else is refused ('other-coachee').
 */
export async function previewShareImport(connection: ProfileConnection, file: OpenedFile<ShareBody>, options: { expectLinkId?: string } = {}): Promise<ShareImportPreview> {
  const row = await coacheesTable.get(connection, file.body.linkId);
  const refused = refusal(row, file, options.expectLinkId);
  if (refused) return { outcome: 'refused', reason: refused, message: SHARE_REFUSALS[refused] };
  const covers = await coversOf(file.body);
  const exportedAt = file.header.exportedAt;
  if (!row) return { outcome: 'new-coachee', leaderName: file.body.leaderName, covers, exportedAt };
  const before = await withCoachee(connection, row.id, (coachee) => heldIds(coachee));
  return { outcome: 'update', coachee: row.summary, covers, exportedAt, whatIsNew: whatIsNew(before, idsOf(file.body)), withdraws: newlyWithdrawn(row, file.body) };
}

/**
 * Seals the share's header and records (a chunk at a time, breathing
 * between chunks), then, in ONE transaction of the coachee's database,
 * clears the older share's records and header and writes the new ones. The
 * coach's notes stay. A failure leaves the database as it was.
 */
async function writeShare(coachee: ProfileConnection, file: OpenedFile<ShareBody>, onProgress?: OnProgress): Promise<void> {
  const { body } = file;
  const total = SHARED_KINDS.reduce((sum, kind) => sum + body.records[kind].length, 0);
  const header: ShareHeaderRow = {
    id: SHARE_ROW_ID,
    linkId: body.linkId,
    shareId: body.shareId,
    exportedAt: file.header.exportedAt,
    leaderName: body.leaderName,
    timeZone: body.timeZone,
    scope: body.scope,
  };
  const headerRow = await shareTable.seal(coachee, header);
  const sealed: Array<{ table: string; rows: unknown[] }> = [];
  let done = 0;
  onProgress?.({ phase: 'preparing', done, total });
  for (const kind of SHARED_KINDS) {
    const table = SHARED_TABLE_OF[kind];
    const list = body.records[kind] as Array<{ id: string }>;
    for (let start = 0; start < list.length; start += CHUNK) {
      const rows = await Promise.all(list.slice(start, start + CHUNK).map((record) => table.seal(coachee, record)));
      sealed.push({ table: table.name, rows });
      done += rows.length;
      onProgress?.({ phase: 'preparing', done, total });
      await breathe();
    }
  }
  let written = 0;
  onProgress?.({ phase: 'writing', done: 0, total });
  await sealedWrite(coachee, SHARE_TABLES, Promise.resolve(sealed), async (chunks) => {
    const db = coachee.database.db;
    await Promise.all(SHARE_TABLES.map((name) => db.table(name).clear()));
    await db.table(shareTable.name).add(headerRow);
    for (const { table, rows } of chunks) {
      for (let start = 0; start < rows.length; start += CHUNK) {
        const part = rows.slice(start, start + CHUNK);
        await db.table(table).bulkAdd(part);
        written += part.length;
        onProgress?.({ phase: 'writing', done: written, total });
      }
    }
  });
}

/** A new coachee: their key and database first, then (only once the share is written) their row. */
async function addCoachee(connection: ProfileConnection, file: OpenedFile<ShareBody>, summary: CoacheeSummary, onProgress?: OnProgress): Promise<void> {
  const { linkId } = file.body;
  const name = coacheeDatabaseName(connection.profileId, linkId);
  // Held while the database has no row, so another tab's sweep leaves it be (and another tab adding them waits).
  const release = await holdRestoring(name);
  try {
    // Added meanwhile by another tab (it held the lock first): never write over their database.
    const added = await coacheesTable.get(connection, linkId);
    if (added) {
      const refused = refusal(added, file);
      throw refused ? new CoachingError(refused, SHARE_REFUSALS[refused]) : new CoachingError('already-here', ADDED_ELSEWHERE);
    }
    const key = await newCoacheeKey();
    const coachee = await openCoacheeConnection(connection.profileId, linkId, key);
    try {
      await writeShare(coachee, file, onProgress);
    } catch (error) {
      await closeCoacheeConnection(coachee).catch(() => undefined);
      await deleteCoacheeDatabase(name).catch(() => undefined); // else swept when the coach space next opens
      throw error;
    }
    await closeCoacheeConnection(coachee);
    // A tab closed before this line leaves a database without a row: unreadable (no key), and swept later.
    await coacheesTable.add(connection, { id: linkId, summary, seen: [file.body.shareId], withdrawn: [...new Set(file.body.withdraw)], key }).catch(async (error: unknown) => {
      await deleteCoacheeDatabase(name).catch(() => undefined);
      throw error;
    });
  } finally {
    release();
  }
}

/**
 * Takes the share in. `displayName` names a new coachee (ignored for a known one).
 * The share's `withdraw` list is recorded, so those shares are never taken in
 * again; nothing else has to be removed for it, since a coachee's database
 * only ever holds their newest share (each newer one replaces the one before).
 * @throws CoachingError with the reason and message of a refusal (nothing written)
 */
export async function importShare(
  connection: ProfileConnection,
  file: OpenedFile<ShareBody>,
  options: { displayName?: string; expectLinkId?: string; onProgress?: OnProgress; now?: Date },
): Promise<ShareImportReport> {
  const now = (options.now ?? new Date()).toISOString();
  const { body } = file;
  const row = await coacheesTable.get(connection, body.linkId);
  const refused = refusal(row, file, options.expectLinkId);
  if (refused) throw new CoachingError(refused, SHARE_REFUSALS[refused]);
  const covers = await coversOf(body);
  const base = { linkId: body.linkId, latestShareId: body.shareId, latestShareAt: file.header.exportedAt, receivedAt: now, covers };

  if (!row) {
    const displayName = (options.displayName ?? '').trim().slice(0, MAX_COACHEE_NAME) || body.leaderName;
    const summary: CoacheeSummary = { ...base, displayName, addedAt: now, whatIsNew: null };
    await addCoachee(connection, file, summary, options.onProgress);
    return { coachee: summary, outcome: 'added', whatIsNew: null, withdrawn: 0 };
  }

  const withdrawn = newlyWithdrawn(row, body);
  let changes: WhatIsNew | null = null;
  await withCoachee(connection, row.id, async (coachee) => {
    changes = whatIsNew(await heldIds(coachee), idsOf(body));
    await writeShare(coachee, file, options.onProgress);
  });
  const summary: CoacheeSummary = { ...row.summary, ...base, whatIsNew: changes };
  await coacheesTable.put(connection, {
    ...row,
    summary,
    seen: [...row.seen, body.shareId],
    withdrawn: [...new Set([...row.withdrawn, ...body.withdraw])],
  });
  return { coachee: summary, outcome: 'updated', whatIsNew: changes, withdrawn: withdrawn.length };
}
