/**
 * Persistent storage: asks the browser not to evict Attune's data under
 * storage pressure, and reports usage for the Settings screen.
 */
export interface StorageState {
  supported: boolean;
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function getStorageState(): Promise<StorageState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return { supported: false, persisted: false, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([storage.persisted(), storage.estimate?.() ?? Promise.resolve(undefined)]);
  return { supported: true, persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** Asks for persistent storage unless it is already granted. Returns whether it is persistent now. */
export async function requestPersistence(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist || !storage.persisted) return false;
  if (await storage.persisted()) return true;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}
