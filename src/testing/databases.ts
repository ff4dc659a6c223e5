/**
 * Deletes every IndexedDB database (fake-indexeddb in tests), so each test
 * starts empty. It waits for each deletion to finish: a deletion that is
 * blocked by a connection still open (one a test forgot to close) fails
 * here, naming the database, instead of running on into the next test.
 */
const BLOCKED_LIMIT_MS = 5000;

export async function deleteAllDatabases(): Promise<void> {
  const databases = await indexedDB.databases();
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve, reject) => {
          if (!name) return resolve();
          const request = indexedDB.deleteDatabase(name);
          let timer: ReturnType<typeof setTimeout> | undefined;
          request.onsuccess = () => {
            clearTimeout(timer);
            resolve();
          };
          request.onerror = () => {
            clearTimeout(timer);
            reject(request.error ?? new Error(`Could not delete the test database ${name}`));
          };
          request.onblocked = () => {
            timer = setTimeout(
              () => reject(new Error(`The test database ${name} is still open ${BLOCKED_LIMIT_MS} ms after the test: close every connection it opened.`)),
              BLOCKED_LIMIT_MS,
            );
          };
        }),
    ),
  );
}
