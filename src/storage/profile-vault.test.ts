// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { WrongSecretError } from '../domain/crypto/data-key.ts';
import { makeDraft, makeResponse, openTestProfile, TEST_PROFILE } from '../testing/factories.ts';
import { changePassphrase, encryptProfile, readVaultDescriptor, unlockVault } from './profile-vault.ts';
import type { ProfileConnection } from './profile-connection.ts';
import { getDraft, saveDraft } from './repositories/drafts-repo.ts';
import { getResponse, listResponses, saveCompletedResponse } from './repositories/responses-repo.ts';
import { createWithSecret } from './vault/kdf-client.ts';
import { SEALED_TABLES } from './vault/vault-descriptor.ts';

const PASSPHRASE = 'kettle harbour violet seventeen';
const CANARY = 'CANARY-7f3e-answer-text';
/** Few rounds: these tests are about the key, not the derivation's cost. */
const TEST_KDF = { name: 'PBKDF2-SHA256', iterations: 1000, salt: 'AAECAwQFBgcICQoLDA0ODw==' } as const;

async function profileWithRecords() {
  const connection = await openTestProfile();
  const response = makeResponse({ id: 'r1' });
  await saveCompletedResponse(connection, response);
  await saveDraft(connection, makeDraft({ answers: { [CANARY]: 4 } }));
  return { connection, response };
}

async function rawRows(connection: ProfileConnection) {
  return Object.fromEntries(await Promise.all(SEALED_TABLES.map(async (t) => [t, await connection.database.db.table(t).toArray()])));
}

describe('setting a passphrase on an unlocked profile', () => {
  it('re-encrypts every record so no personal content is left in plaintext', async () => {
    const { connection, response } = await profileWithRecords();
    const { connection: locked } = await encryptProfile(connection, PASSPHRASE);
    const raw = JSON.stringify(await rawRows(connection), (_k, v: unknown) => (v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? '[bytes]' : v));
    expect(raw).not.toContain(CANARY);
    expect(raw).not.toContain('attending-0');
    expect(raw).not.toContain('"scheme":"plain"');
    expect(await getResponse(locked, 'r1')).toEqual(response);
    expect((await getDraft(locked, 'compassionate-leadership'))?.answers).toEqual({ [CANARY]: 4 });
  });

  it('stores the KDF parameters and the wrapped key with the profile, at 600,000 iterations or more', async () => {
    const { connection } = await profileWithRecords();
    await encryptProfile(connection, PASSPHRASE);
    const descriptor = await readVaultDescriptor(connection.database);
    expect(descriptor).toMatchObject({ scheme: 'aes-gcm', kdf: { name: 'PBKDF2-SHA256' } });
    if (descriptor.scheme !== 'aes-gcm') throw new Error('not encrypted');
    expect(descriptor.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('leaves the profile exactly as it was when the write fails', async () => {
    const { connection } = await profileWithRecords();
    const before = await rawRows(connection);
    connection.database.db.close();
    await expect(encryptProfile(connection, PASSPHRASE)).rejects.toMatchObject({ name: 'StorageError' });
    const reopened = await openTestProfile();
    expect(await rawRows(reopened)).toEqual(before);
    expect(await readVaultDescriptor(reopened.database)).toEqual({ scheme: 'plain' });
  });
});

describe('unlocking', () => {
  it('opens the records with the right passphrase and refuses a wrong one with one message', async () => {
    const { connection, response } = await profileWithRecords();
    await encryptProfile(connection, PASSPHRASE);
    const descriptor = await readVaultDescriptor(connection.database);
    const { vault } = await unlockVault(TEST_PROFILE.id, descriptor, PASSPHRASE);
    expect(await getResponse({ ...connection, vault }, 'r1')).toEqual(response);
    await expect(unlockVault(TEST_PROFILE.id, descriptor, 'kettle harbour violet eighteen')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('changing the passphrase re-wraps the key only: records are untouched and open with the new one', async () => {
    const { connection, response } = await profileWithRecords();
    await encryptProfile(connection, PASSPHRASE);
    const rowsBefore = await rawRows(connection);
    await expect(changePassphrase(connection.database, 'not the passphrase at all', 'a completely new passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    await changePassphrase(connection.database, PASSPHRASE, 'a completely new passphrase');
    expect(await rawRows(connection)).toEqual(rowsBefore);
    const descriptor = await readVaultDescriptor(connection.database);
    await expect(unlockVault(TEST_PROFILE.id, descriptor, PASSPHRASE)).rejects.toBeInstanceOf(WrongSecretError);
    const { vault } = await unlockVault(TEST_PROFILE.id, descriptor, 'a completely new passphrase');
    expect(await getResponse({ ...connection, vault }, 'r1')).toEqual(response);
  });
});

describe('the data key', () => {
  it('is never extractable once unlocked: the raw key cannot be exported', async () => {
    const { connection } = await profileWithRecords();
    await encryptProfile(connection, PASSPHRASE);
    const { dataKey } = await unlockVault(TEST_PROFILE.id, await readVaultDescriptor(connection.database), PASSPHRASE);
    expect(dataKey?.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey!)).rejects.toThrow();
  });

  it('is created wrapped, with a live copy that is not extractable', async () => {
    const { dataKey } = await createWithSecret(PASSPHRASE, TEST_KDF);
    expect(dataKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', dataKey)).rejects.toThrow();
  });
});

describe('tampering', () => {
  it('detects a flipped byte and a swapped ciphertext, and the rest of the profile stays usable', async () => {
    const { connection } = await profileWithRecords();
    const { connection: locked } = await encryptProfile(connection, PASSPHRASE);
    await saveCompletedResponse(locked, makeResponse({ id: 'r2', completedAt: '2026-11-02T09:00:00.000Z' }));
    await saveCompletedResponse(locked, makeResponse({ id: 'r3', completedAt: '2026-11-03T09:00:00.000Z' }));
    const table = connection.database.db.table('responses');

    const r1 = await table.get('r1');
    const flipped = new Uint8Array(r1.payload.ciphertext as ArrayBuffer);
    flipped[5] = flipped[5]! ^ 0xff;
    await table.put({ ...r1, payload: { ...r1.payload, ciphertext: flipped.buffer } });
    const r3 = await table.get('r3');
    await table.put({ ...(await table.get('r2')), payload: r3.payload }); // r3's ciphertext under r2's id

    await expect(getResponse(locked, 'r1')).rejects.toMatchObject({ kind: 'corrupt' });
    await expect(getResponse(locked, 'r2')).rejects.toMatchObject({ kind: 'corrupt' });
    expect((await getResponse(locked, 'r3'))?.id).toBe('r3');
    const listed = await listResponses(locked);
    expect(listed.items.map((r) => r.id)).toEqual(['r3']);
    expect(listed.unreadable).toBe(2);
  });

  it('refuses one profile’s records under another profile’s key', async () => {
    const { connection } = await profileWithRecords();
    await encryptProfile(connection, PASSPHRASE);
    const other = await openTestProfile({ ...TEST_PROFILE, id: 'profile-b' });
    const { connection: otherLocked } = await encryptProfile(other, 'another person’s passphrase');
    const stolen = await connection.database.db.table('responses').get('r1');
    await other.database.db.table('responses').put(stolen);
    await expect(getResponse(otherLocked, 'r1')).rejects.toMatchObject({ kind: 'corrupt' });
  });
});

describe('sealed tables', () => {
  it('lists every table of the profile database except meta', async () => {
    const connection = await openTestProfile();
    const tables = connection.database.db.tables.map((t) => t.name).filter((name) => name !== 'meta');
    expect([...SEALED_TABLES].sort()).toEqual(tables.sort());
  });
});
