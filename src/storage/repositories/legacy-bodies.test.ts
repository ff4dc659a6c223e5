/**
 * An encrypted profile sealed before schema v4: its responses, drafts and
 * intentions hold their index fields only in plaintext, and the v4 upgrade
 * could not re-seal them (no key inside an upgrade). They must still read,
 * and be re-sealed whole the first time they are opened, after which their
 * index fields are checked like every other record's.
 */
import { describe, expect, it, vi } from 'vitest';
import { generateDataKey } from '../../domain/crypto/data-key.ts';
import type { Intention } from '../../domain/intentions/intention.ts';
import { makeDraft, makeResponse, openTestProfile } from '../../testing/factories.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { CryptoVault } from '../vault/crypto-vault.ts';
import { VAULT_META_KEY } from '../vault/vault-descriptor.ts';
import { getDraft, listDrafts } from './drafts-repo.ts';
import { listIntentions } from './intentions-repo.ts';
import { getResponse, listResponses } from './responses-repo.ts';

const response = makeResponse({ id: 'r1', completedAt: '2026-11-16T18:02:00.000Z' });
const draft = makeDraft({ updatedAt: '2026-11-20T07:53:00.000Z' });
const intention: Intention = { id: 'i1', createdAt: '2026-11-22T08:01:00.000Z', elementId: null, text: 'Break away from the ward', source: 'own', responseId: null, followUp: null };

/** An unlocked encrypted profile holding one response, draft and intention in the pre-v4 shape. */
async function encryptedProfileSealedBeforeV4(): Promise<ProfileConnection> {
  const plain = await openTestProfile();
  const connection = { ...plain, vault: new CryptoVault(plain.profileId, await generateDataKey()) };
  const { db } = connection.database;
  const descriptor = { scheme: 'aes-gcm', kdf: { name: 'PBKDF2-SHA256', iterations: 600_000, salt: 'c2FsdA==' }, wrappedKey: { iv: 'aXY=', ciphertext: 'eA==' } };
  await db.table('meta').put({ key: VAULT_META_KEY, value: descriptor });
  const seal = (table: string, id: string, body: unknown) => connection.vault.seal(body, { profileId: connection.profileId, table, id });
  const { id, questionnaireId, completedAt, ...responseBody } = response;
  await db.table('responses').add({ id, questionnaireId, completedAt, payload: await seal('responses', id, responseBody) });
  const { questionnaireId: draftId, updatedAt, ...draftBody } = draft;
  await db.table('drafts').add({ id: draftId, updatedAt, payload: await seal('drafts', draftId, draftBody) });
  const { id: intentionId, createdAt, ...intentionBody } = intention;
  await db.table('intentions').add({ id: intentionId, createdAt, payload: await seal('intentions', intentionId, intentionBody) });
  return connection;
}

async function sealedBody(connection: ProfileConnection, table: string, id: string): Promise<Record<string, unknown>> {
  const row = (await connection.database.db.table(table).get(id)) as { payload: Parameters<ProfileConnection['vault']['open']>[0] };
  return connection.vault.open(row.payload, { profileId: connection.profileId, table, id });
}

/** Alters plaintext fields of a row as stored, leaving its sealed payload byte for byte as it was. */
async function alter(connection: ProfileConnection, table: string, id: string, changes: Record<string, string>): Promise<void> {
  const rows = connection.database.db.table<Record<string, unknown>, string>(table);
  const row = await rows.get(id);
  await rows.put({ ...row, ...changes });
}

describe('records sealed before schema v4, in an encrypted profile', () => {
  it('still read, whole', async () => {
    const connection = await encryptedProfileSealedBeforeV4();
    expect(await listResponses(connection)).toEqual({ items: [response], unreadable: 0 });
    expect(await listDrafts(connection)).toEqual({ items: [draft], unreadable: 0 });
    expect(await listIntentions(connection)).toEqual({ items: [intention], unreadable: 0 });
    await connection.database.settle();
  });

  it('are re-sealed with their index fields inside once opened', async () => {
    const connection = await encryptedProfileSealedBeforeV4();
    await Promise.all([listResponses(connection), getDraft(connection, draft.questionnaireId), listIntentions(connection)]);
    await connection.database.settle();
    expect(await sealedBody(connection, 'responses', 'r1')).toMatchObject({ questionnaireId: response.questionnaireId, completedAt: response.completedAt });
    expect(await sealedBody(connection, 'drafts', draft.questionnaireId)).toMatchObject({ updatedAt: draft.updatedAt });
    expect(await sealedBody(connection, 'intentions', 'i1')).toMatchObject({ createdAt: intention.createdAt });
    expect(await getResponse(connection, 'r1')).toEqual(response);
  });

  it('stay readable with a plaintext change that undoes itself (the check compares, it does not just fail)', async () => {
    const connection = await encryptedProfileSealedBeforeV4();
    await listResponses(connection);
    await connection.database.settle();
    await alter(connection, 'responses', 'r1', { questionnaireId: 'weekly-pulse' });
    await alter(connection, 'responses', 'r1', { questionnaireId: response.questionnaireId });
    expect(await listResponses(connection)).toEqual({ items: [response], unreadable: 0 });
  });

  it('are checked from then on: an altered index field makes the record unreadable', async () => {
    const connection = await encryptedProfileSealedBeforeV4();
    await Promise.all([listResponses(connection), listDrafts(connection), listIntentions(connection)]);
    await connection.database.settle();
    await alter(connection, 'responses', 'r1', { questionnaireId: 'weekly-pulse' });
    await alter(connection, 'drafts', draft.questionnaireId, { updatedAt: '2030-01-01T00:00:00.000Z' });
    await alter(connection, 'intentions', 'i1', { createdAt: '2020-01-01T00:00:00.000Z' });
    expect(await listResponses(connection)).toEqual({ items: [], unreadable: 1 });
    expect(await listDrafts(connection)).toEqual({ items: [], unreadable: 1 });
    expect(await listIntentions(connection)).toEqual({ items: [], unreadable: 1 });
    await expect(getResponse(connection, 'r1')).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('are not counted as a change that could not be saved when a lock refuses their re-seal', async () => {
    const connection = await encryptedProfileSealedBeforeV4();
    const { vault } = connection;
    const open = vault.open.bind(vault);
    // The lock's grace ends between reading the old record and re-sealing it in the background.
    vi.spyOn(vault, 'open').mockImplementation(async (sealed, binding) => {
      const body = await open(sealed, binding);
      vault.revoke(0);
      return body as never;
    });
    const seal = vi.spyOn(vault, 'seal');
    expect(await listResponses(connection)).toEqual({ items: [response], unreadable: 0 });
    await connection.database.settle();
    expect(seal).toHaveBeenCalledTimes(1);
    expect(vault.refusedSeals).toBe(0);
  });
});
