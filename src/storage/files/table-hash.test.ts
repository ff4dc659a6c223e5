// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openTestProfile } from '../../testing/factories.ts';
import { saveJournalEntry } from '../repositories/journal-repo.ts';
import { canonicalStored, rawTableHashes, recordsHash } from './table-hash.ts';
import { populate, sampleJournal } from './testing/populate.ts';

describe('canonicalStored', () => {
  it('sorts keys, drops undefined and writes bytes as hex, so equal rows serialise equally', () => {
    const bytes = new Uint8Array([0, 15, 255]);
    expect(canonicalStored({ b: 1, a: { d: undefined, c: bytes } })).toBe('{"a":{"c":{"$bytes":"000fff"}},"b":1}');
    expect(canonicalStored({ x: bytes.buffer })).toBe('{"x":{"$bytes":"000fff"}}');
    expect(canonicalStored(new Uint8Array([1]))).not.toBe(canonicalStored(new Uint8Array([2])));
  });
});

describe('rawTableHashes and recordsHash', () => {
  it('change with any row, meta included, and not otherwise', async () => {
    const connection = await openTestProfile();
    await populate(connection);
    const raw = await rawTableHashes(connection);
    const records = await recordsHash(connection);
    expect(Object.keys(raw).sort()).toEqual(['coachComments', 'coachees', 'drafts', 'intentions', 'journal', 'meta', 'practiceLog', 'preferences', 'responses', 'sharesMade', 'weeklyReflections']);
    expect(await rawTableHashes(connection)).toEqual(raw);
    expect(await recordsHash(connection)).toBe(records);

    await connection.database.db.table('meta').put({ key: 'lastBackup', at: '2026-12-03T10:00:00.000Z' });
    const afterMeta = await rawTableHashes(connection);
    expect(afterMeta.meta).not.toBe(raw.meta);
    expect(await recordsHash(connection)).toBe(records);

    await saveJournalEntry(connection, sampleJournal('journal-1', 'One word changed.'));
    const afterJournal = await rawTableHashes(connection);
    expect(afterJournal.journal).not.toBe(afterMeta.journal);
    expect({ ...afterJournal, journal: afterMeta.journal }).toEqual(afterMeta);
    expect(await recordsHash(connection)).not.toBe(records);
    connection.database.db.close();
  });
});
