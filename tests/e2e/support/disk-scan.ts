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

/**
 * Files that hold the app's own code and content as the server sent them
 * (HTTP cache, compiled-code cache, the service worker's precache and
 * scripts). Item ids and the app's own words are expected there; a person's
 * writing never is.
 */
export function isAppCode(file: string): boolean {
  return /[\\/](Cache|Code Cache|GPUCache|CacheStorage|ScriptCache)[\\/]/.test(file);
}

/**
 * The kinds of form control whose saved state Chromium's session files hold,
 * e.g. ['radio', 'select-one']. When Blink keeps a control's state for
 * restoring a page, it writes the control's type, name and value into the
 * session as pickled strings: a 32-bit length, then UTF-16; the type is
 * matched with its length, so 'text' does not match inside 'textarea'.
 */
export function formStateInSessions(userDataDir: string): string[] {
  const sessions = files(userDataDir).filter((f) => /[\\/]Sessions[^\\/]*[\\/]/.test(f)).map((f) => readFileSync(f));
  const kinds = ['radio', 'checkbox', 'select-one', 'select-multiple', 'textarea', 'text', 'search', 'date', 'time', 'number', 'password'];
  return kinds.filter((kind) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(kind.length);
    const pickled = Buffer.concat([length, Buffer.from(kind, 'utf16le')]);
    return sessions.some((bytes) => bytes.includes(pickled));
  });
}
