import { describe, expect, it, vi } from 'vitest';
import { generateDataKey } from '../../domain/crypto/data-key.ts';
import { newEntry } from '../../domain/journal/entry.ts';
import { DEFAULT_PREFERENCES } from '../../domain/preferences.ts';
import { newWeeklyReflection } from '../../domain/weekly/weekly-reflection.ts';
import { makeDraft, makeResponse, openTestProfile } from '../../testing/factories.ts';
import { holdTables } from '../../testing/hold-storage.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { profileDatabaseName } from '../profile-connection.ts';
import { encryptProfile } from '../profile-vault.ts';
import { CryptoVault } from '../vault/crypto-vault.ts';
import type { Vault } from '../vault/vault.ts';
import { SEALED_TABLES, VAULT_META_KEY } from '../vault/vault-descriptor.ts';
import { saveDraft } from './drafts-repo.ts';
import { saveIntention } from './intentions-repo.ts';
import { getJournalEntry, saveJournalEntry } from './journal-repo.ts';
import { savePracticeLog } from './practice-log-repo.ts';
import { saveCompletedResponse } from './responses-repo.ts';
import { saveWeeklyReflection, savePreferences } from './weekly-repo.ts';

const entry = (text: string) => ({ ...newEntry('e1', new Date('2026-11-20T19:00:00.000Z'), '2026-11-20'), text });
const intention = { id: 'i1', createdAt: '2026-11-22T08:01:00.000Z', elementId: null, text: 'Break away from the ward', source: 'own' as const, responseId: null, followUp: null };
const practice = { id: 'l1', date: '2026-11-20', loggedAt: '2026-11-20T18:55:00.000Z', practiceId: 'arrive', practiceTitle: 'Arrive', minutes: 1, note: 'Before the huddle', elementId: null };

/** Every write a repository offers, each of one record. */
const WRITES: Array<[string, (connection: ProfileConnection) => Promise<void>]> = [
  ['a journal entry', (c) => saveJournalEntry(c, entry('Words typed in the other tab'))],
  ['a practice session', (c) => savePracticeLog(c, practice)],
  ['a weekly reflection', (c) => saveWeeklyReflection(c, newWeeklyReflection('w1', '2026-11-16', new Date('2026-11-20T18:50:00.000Z'), false))],
  ['preferences', (c) => savePreferences(c, { ...DEFAULT_PREFERENCES, hideStreak: true })],
  ['a draft', (c) => saveDraft(c, makeDraft())],
  ['an intention', (c) => saveIntention(c, intention)],
  ['a finished response', (c) => saveCompletedResponse(c, makeResponse())],
];

async function countRows(connection: ProfileConnection): Promise<number> {
  const counts = await Promise.all(SEALED_TABLES.map((t) => connection.database.db.table(t).count()));
  return counts.reduce((a, b) => a + b, 0);
}

/** What another tab's encryptProfile leaves on disk: a descriptor saying the profile is encrypted. */
async function encryptedElsewhere(connection: ProfileConnection): Promise<void> {
  const descriptor = { scheme: 'aes-gcm', kdf: { name: 'PBKDF2-SHA256', iterations: 600_000, salt: 'c2FsdA==' }, wrappedKey: { iv: 'aXY=', ciphertext: 'eA==' } };
  await connection.database.db.table('meta').put({ key: VAULT_META_KEY, value: descriptor });
}

describe('a write into a profile whose vault changed in another tab', () => {
  it.each(WRITES)('refuses %s with a plain message, and writes nothing', async (_name, write) => {
    const connection = await openTestProfile();
    await encryptedElsewhere(connection);
    await expect(write(connection)).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'vault-changed',
      message: 'This profile was locked or changed in another tab. Unlock it to carry on.',
    });
    expect(await countRows(connection)).toBe(0);
  });

  it('refuses an encrypted tab’s write once the passphrase is gone from disk (removed, or the data being removed)', async () => {
    const plain = await openTestProfile();
    const encrypted = { ...plain, vault: new CryptoVault(plain.profileId, await generateDataKey()) };
    await expect(saveJournalEntry(encrypted, entry('Sealed with a key no one has any more'))).rejects.toMatchObject({ kind: 'vault-changed' });
    expect(await countRows(plain)).toBe(0);
  });

  it('leaves the draft in place when a finished response is refused', async () => {
    const connection = await openTestProfile();
    await saveDraft(connection, makeDraft());
    await encryptedElsewhere(connection);
    await expect(saveCompletedResponse(connection, makeResponse())).rejects.toMatchObject({ kind: 'vault-changed' });
    expect(await connection.database.db.table('drafts').count()).toBe(1);
    expect(await connection.database.db.table('responses').count()).toBe(0);
  });
});

describe('setting a passphrase in one tab while another writes', () => {
  it('refuses the other tab’s plain write, so no plaintext lands in the encrypted profile', async () => {
    const tabA = await openTestProfile();
    const tabB = await openTestProfile();
    await saveJournalEntry(tabB, entry('Written before the passphrase'));
    const { connection: locked } = await encryptProfile(tabA, 'kettle harbour violet seventeen');
    await expect(saveJournalEntry(tabB, entry('CANARY typed in tab B after the lock'))).rejects.toMatchObject({ kind: 'vault-changed' });
    const rows = await tabA.database.db.table('journal').toArray();
    expect(rows.map((row: { payload: { scheme: string } }) => row.payload.scheme)).toEqual(['aes-gcm']);
    expect((await getJournalEntry(locked, 'e1'))?.text).toBe('Written before the passphrase');
    tabB.database.db.close();
  });
});

describe('the order of writes', () => {
  it('stores the newest when an earlier save is slower to seal', async () => {
    const connection = await openTestProfile();
    const plain = connection.vault;
    let calls = 0;
    const slowFirst: Vault = {
      scheme: plain.scheme,
      profileId: plain.profileId,
      refusedSeals: 0,
      revoked: false,
      revoke: () => undefined,
      open: (sealed, binding) => plain.open(sealed, binding),
      seal: async (payload, binding) => {
        calls += 1;
        if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 50));
        return plain.seal(payload, binding);
      },
    };
    const slow = { ...connection, vault: slowFirst };
    await Promise.all([saveJournalEntry(slow, entry('older')), saveJournalEntry(slow, entry('newer'))]);
    expect((await getJournalEntry(connection, 'e1'))?.text).toBe('newer');
  });

  it('seals every write at call time, even while an earlier write is stuck in storage', async () => {
    const connection = await openTestProfile();
    const seal = vi.spyOn(connection.vault, 'seal');
    const release = await holdTables(profileDatabaseName(connection.profileId), ['journal', 'meta']);
    let firstStored = false;
    const first = saveJournalEntry(connection, entry('first words')).then(() => (firstStored = true));
    let second: Promise<void> | undefined;
    try {
      expect(seal).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(firstStored).toBe(false);
      second = saveJournalEntry(connection, entry('first words and more'));
      expect(seal).toHaveBeenCalledTimes(2);
    } finally {
      await release();
    }
    await Promise.all([first, second]);
    expect((await getJournalEntry(connection, 'e1'))?.text).toBe('first words and more');
  });

  it.each(WRITES)('issues %s together with the vault check, not once the check has answered', async (_name, write) => {
    // A page that is closing keeps its IndexedDB work only while it lives: a write issued from the
    // check's callback, one round trip later, was lost when the leader left the page straight away.
    const connection = await openTestProfile();
    const { get, put, add } = IDBObjectStore.prototype;
    const checks: IDBRequest[] = [];
    const checkStateAtWrite: string[] = [];
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, query);
      if (this.name === 'meta') checks.push(request);
      return request;
    });
    const recordWrite = (original: typeof put) =>
      function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        if (this.name !== 'meta') checkStateAtWrite.push(checks.at(-1)?.readyState ?? 'no check');
        return original.call(this, value, key);
      };
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(recordWrite(put));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(recordWrite(add));
    try {
      await write(connection);
    } finally {
      vi.restoreAllMocks();
    }
    expect(checkStateAtWrite).toEqual(['pending']);
  });

  it.each(WRITES)('calls vault.seal before returning for %s', async (_name, write) => {
    const connection = await openTestProfile();
    const seal = vi.spyOn(connection.vault, 'seal');
    const saving = write(connection);
    expect(seal).toHaveBeenCalled();
    await saving;
  });
});
