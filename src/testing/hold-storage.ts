/**
 * Storage that is stuck, for tests: holds a read-write transaction over some
 * tables of a database open (from a connection of its own, as another tab
 * would) until released. Writes to those tables queue behind it in
 * IndexedDB, exactly as they do behind a slow disk or another tab's long
 * transaction.
 */
export async function holdTables(name: string, tables: readonly string[]): Promise<() => Promise<void>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`Could not open ${name}`));
  });
  const tx = db.transaction([...tables], 'readwrite');
  const finished = new Promise<void>((resolve) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => resolve();
  });
  let held = true;
  const store = tx.objectStore(tables[0]!);
  // A transaction stays open while it has requests: keep asking until released.
  const keepBusy = () => {
    if (held) store.count().onsuccess = keepBusy;
  };
  keepBusy();
  return async () => {
    held = false;
    await finished;
    db.close();
  };
}
