/**
 * Page model for Back up and restore (/backup), driven by its labels as a
 * person uses it, and a read of a profile's stored records that uses none of
 * the app's code: the profile's IndexedDB tables opened with the raw API in
 * the page (no version, so never an upgrade), each row's record rebuilt from
 * its id and its plain payload (`{ scheme: 'plain', data }`, the PlainVault's
 * format; a locked profile's rows cannot be read this way, by design), and
 * hashed in node with the file format's own canonical serialisation. The same
 * records in two browsers hash the same.
 *
 * Functions passed to page.evaluate declare no named inner functions (tsx
 * keepNames would wrap them in a `__name` helper the page does not have).
 */
import type { Download, Page } from 'playwright-core';
import { canonicalJson, sha256Hex } from '../../../src/domain/files/canonical.ts';

export const BACKUP_PATH = '/backup';
/** The profile tables that hold records, as the profile schema names them (src/storage/migrations/profile). */
export const RECORD_TABLES = ['responses', 'drafts', 'intentions', 'journal', 'practiceLog', 'weeklyReflections', 'preferences'] as const;

export type StoredRecords = Record<(typeof RECORD_TABLES)[number], Array<Record<string, unknown>>>;

export interface DirectoryProfile {
  id: string;
  displayName: string;
}

/** The profiles the directory lists and the databases the origin holds. */
export async function readDirectory(page: Page): Promise<{ profiles: DirectoryProfile[]; activeProfileId: string | null; databases: string[] }> {
  return page.evaluate(async () => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '').sort();
    if (!databases.includes('attune-directory')) return { profiles: [], activeProfileId: null, databases };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('attune-directory');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['profiles', 'meta'], 'readonly');
    const profiles = await new Promise<Array<{ id: string; displayName: string }>>((resolve, reject) => {
      const request = tx.objectStore('profiles').getAll();
      request.onsuccess = () => resolve(request.result as Array<{ id: string; displayName: string }>);
      request.onerror = () => reject(request.error);
    });
    const active = await new Promise<{ value?: string } | undefined>((resolve, reject) => {
      const request = tx.objectStore('meta').get('activeProfileId');
      request.onsuccess = () => resolve(request.result as { value?: string } | undefined);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return { profiles: profiles.map((p) => ({ id: p.id, displayName: p.displayName })), activeProfileId: active?.value ?? null, databases };
  });
}

/** Every record of a plain profile, read from its tables; throws if a row is sealed (not plain). */
export async function readStoredRecords(page: Page, profileId: string): Promise<StoredRecords> {
  return page.evaluate(
    async ({ name, tables }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => {
          request.transaction?.abort();
          reject(new Error(`${name} does not exist`));
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const out: Record<string, Array<Record<string, unknown>>> = {};
      const tx = db.transaction(tables, 'readonly');
      for (const table of tables) {
        const rows = await new Promise<Array<{ id: string; payload: { scheme: string; data: Record<string, unknown> } }>>((resolve, reject) => {
          const request = tx.objectStore(table).getAll();
          request.onsuccess = () => resolve(request.result as Array<{ id: string; payload: { scheme: string; data: Record<string, unknown> } }>);
          request.onerror = () => reject(request.error);
        });
        out[table] = rows.map((row) => {
          if (row.payload?.scheme !== 'plain') throw new Error(`${table} ${row.id} is not a plain row`);
          return { ...row.payload.data, id: row.id };
        });
      }
      db.close();
      return out;
    },
    { name: `attune-profile-${profileId}`, tables: [...RECORD_TABLES] },
  ) as Promise<StoredRecords>;
}

/** A hash of the records, whatever order they were read or their keys written in. */
export function recordsHashOf(records: StoredRecords): Promise<string> {
  const sorted = Object.fromEntries(RECORD_TABLES.map((table) => [table, [...records[table]].sort((a, b) => String(a.id).localeCompare(String(b.id)))]));
  return sha256Hex(canonicalJson(sorted));
}

export function countsOf(records: StoredRecords): Record<string, number> {
  return Object.fromEntries(RECORD_TABLES.map((table) => [table, records[table].length]));
}

/** The part of /backup under the level-2 heading `name` (a form or a region). */
function part(page: Page, name: string) {
  return page.locator('form, section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
}

/** The backup part of /backup. */
export function backupSection(page: Page) {
  return part(page, 'Back up this profile');
}

/** The restore part of /backup. */
export function restoreSection(page: Page) {
  return part(page, 'Restore from a backup');
}

/**
 * Backs up the open profile from /backup (with a passphrase, if given) and
 * returns the downloaded file once the screen says "Backed up".
 */
export async function backUp(page: Page, origin: string, options: { passphrase?: string; timeout?: number } = {}): Promise<{ download: Download; status: string }> {
  const timeout = options.timeout ?? 60_000;
  if (!page.url().endsWith(BACKUP_PATH)) await page.goto(origin + BACKUP_PATH);
  const section = backupSection(page);
  const protect = section.getByRole('checkbox', { name: 'Protect the file with a passphrase' });
  await protect.waitFor();
  if (options.passphrase !== undefined) {
    await protect.check();
    await section.getByLabel('Passphrase for the file').fill(options.passphrase);
    await section.getByLabel('Type the passphrase again').fill(options.passphrase);
  } else if (await protect.isChecked()) {
    await protect.uncheck();
  }
  const downloaded = page.waitForEvent('download', { timeout });
  await section.getByRole('button', { name: 'Back up now', exact: true }).click();
  const download = await downloaded;
  const status = section.getByRole('status').filter({ hasText: /^Backed up/ });
  await status.waitFor({ timeout });
  return { download, status: (await status.textContent()) ?? '' };
}

/** Chooses a file in the restore section (and its passphrase, if given); waits for the preview or a refusal. */
export async function chooseBackupFile(page: Page, path: string, passphrase?: string, timeout = 60_000): Promise<'preview' | 'refused'> {
  const section = restoreSection(page);
  await section.getByLabel('Choose a backup file').setInputFiles(path);
  if (passphrase !== undefined) {
    const field = section.getByLabel('Passphrase for this file');
    await field.waitFor({ timeout });
    await field.fill(passphrase);
    await section.getByRole('button', { name: 'Open the file' }).click();
  }
  const preview = section.getByRole('heading', { level: 3, name: 'What this file holds' });
  const refusal = section.getByRole('alert');
  await preview.or(refusal).first().waitFor({ timeout });
  return (await preview.isVisible()) ? 'preview' : 'refused';
}

/** Restores the previewed file as a new profile called `name`; returns the "Restored" status, or throws with the alert's text. */
export async function restoreAsNew(page: Page, name: string, timeout = 120_000): Promise<string> {
  const section = restoreSection(page);
  await section.getByRole('radio', { name: 'As a new profile' }).check();
  await section.getByLabel('Name for the new profile').fill(name);
  await section.getByRole('button', { name: 'Restore', exact: true }).click();
  const restored = section.getByRole('status').filter({ hasText: /^Restored/ });
  const refusal = section.getByRole('alert');
  await restored.or(refusal).first().waitFor({ timeout });
  if (await refusal.isVisible()) throw new Error(`the restore was refused: ${await refusal.textContent()}`);
  return (await restored.textContent()) ?? '';
}
