/**
 * Searches a browser profile folder on disk for strings, as Latin-1/UTF-8 and
 * as UTF-16LE bytes, in each file as it is and, for LevelDB's files, as
 * their records and blocks read whole (leveldb-files.ts).
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { logPayload, tableBlocks } from './leveldb-files.ts';

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

/** Whether any process still runs with `userDataDir` as its profile, or has a file in it open (Linux /proc). */
function profileInUse(userDataDir: string): boolean {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(userDataDir)) return true;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith(userDataDir)) return true;
      }
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  return false;
}

/**
 * Waits (up to 15 s) until no process uses the profile folder. Closing the
 * browser returns before its storage process has finished writing, so a scan
 * made at once can miss the last records: a control would fail, and worse,
 * a scan for what must not be there could pass on a file not yet written.
 */
function waitUntilClosed(userDataDir: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const deadline = Date.now() + 15_000; Date.now() < deadline && profileInUse(userDataDir); ) Atomics.wait(pause, 0, 0, 100);
}

/** Every file of a browser profile folder, once the browser has let go of it. */
export function allFiles(userDataDir: string): string[] {
  waitUntilClosed(userDataDir);
  return files(userDataDir);
}

/** Folders of the profile that hold site data: IndexedDB, Cache Storage, local storage, service worker; once the browser has let go of them. */
export function siteDataFiles(userDataDir: string, only?: RegExp): string[] {
  waitUntilClosed(userDataDir);
  return files(userDataDir).filter((f) => /IndexedDB|Cache|Local Storage|Service Worker|Session Storage/i.test(f) && (!only || only.test(f)));
}

/** A LevelDB file's records or blocks read whole; [] for any other file. */
function leveldbContents(file: string, raw: Buffer): Buffer[] {
  if (!/leveldb[\\/]/.test(file)) return [];
  if (file.endsWith('.log')) return [logPayload(raw)];
  if (file.endsWith('.ldb')) return tableBlocks(raw);
  return [];
}

/** Which of `needles` occur in any of `paths`, and where. */
export function findOnDisk(paths: readonly string[], needles: readonly string[]): Array<{ needle: string; file: string }> {
  const hits: Array<{ needle: string; file: string }> = [];
  for (const file of paths) {
    const raw = readFileSync(file);
    const readable = [raw, ...leveldbContents(file, raw)];
    for (const needle of needles) {
      const latin1 = Buffer.from(needle, 'latin1');
      const utf16 = Buffer.from(needle, 'utf16le');
      if (readable.some((bytes) => bytes.includes(latin1) || bytes.includes(utf16))) hits.push({ needle, file });
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
