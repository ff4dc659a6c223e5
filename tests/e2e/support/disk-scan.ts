/** Searches a browser profile folder on disk for strings, as Latin-1/UTF-8 and as UTF-16LE bytes. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    try {
      const stat = statSync(full);
      if (stat.isDirectory()) return files(full);
      return stat.isFile() ? [full] : [];
    } catch {
      return [];
    }
  });
}

/** Every file of a browser profile folder. */
export function allFiles(userDataDir: string): string[] {
  return files(userDataDir);
}

/** Folders of the profile that hold site data: IndexedDB, Cache Storage, local storage, service worker. */
export function siteDataFiles(userDataDir: string, only?: RegExp): string[] {
  return files(userDataDir).filter((f) => /IndexedDB|Cache|Local Storage|Service Worker|Session Storage/i.test(f) && (!only || only.test(f)));
}

/** Which of `needles` occur in any of `paths`, and where. */
export function findOnDisk(paths: readonly string[], needles: readonly string[]): Array<{ needle: string; file: string }> {
  const hits: Array<{ needle: string; file: string }> = [];
  for (const file of paths) {
    const bytes = readFileSync(file);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'latin1')) || bytes.includes(Buffer.from(needle, 'utf16le'))) hits.push({ needle, file });
    }
  }
  return hits;
}
