/**
 * The second engine (STACK.md): Debian's Firefox ESR, driven over WebDriver
 * BiDi by puppeteer-core, on a persistent profile folder. Nothing is
 * downloaded; scripts/ensure-browsers.ts installs `firefox-esr` with apt when
 * it is missing.
 *
 * Firefox compresses its session-restore files (`*.jsonlz4`, "mozLz4"), so
 * a byte scan of the profile folder would never see a leak there:
 * `firefoxProfileTexts` decompresses them before the scan.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { allFiles } from './disk-scan.ts';
import { findFirefox } from './firefox-path.ts';

export async function launchFirefox(userDataDir: string): Promise<{ browser: Browser; page: Page }> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox ESR: run `tsx scripts/ensure-browsers.ts` first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir,
    // puppeteer turns crash recovery off; a person's Firefox has it on, saving open tabs' form data every 15 s.
    extraPrefsFirefox: { 'browser.sessionstore.resume_from_crash': true, 'browser.sessionstore.interval': 1000 },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return { browser, page };
}

/** Decodes one LZ4 block (the format inside Mozilla's mozLz4 files) into at most `size` bytes. */
export function decodeLz4Block(src: Uint8Array, size: number): Buffer {
  const out = Buffer.alloc(size);
  let i = 0;
  let o = 0;
  const length = (start: number): number => {
    let total = start;
    if (start === 15) {
      let byte: number;
      do {
        byte = src[i++]!;
        total += byte;
      } while (byte === 255);
    }
    return total;
  };
  while (i < src.length) {
    const token = src[i++]!;
    const literals = length(token >> 4);
    out.set(src.subarray(i, i + literals), o);
    i += literals;
    o += literals;
    if (i >= src.length) break;
    const offset = src[i]! | (src[i + 1]! << 8);
    i += 2;
    const match = length(token & 15) + 4;
    for (let k = 0; k < match; k++, o++) out[o] = out[o - offset]!;
  }
  return out.subarray(0, o);
}

const MOZ_LZ4_MAGIC = Buffer.from('mozLz40\0', 'latin1');

/** A file's bytes as a scan should see them: mozLz4 files decompressed, everything else as stored. */
function readForScan(file: string): Buffer {
  const bytes = readFileSync(file);
  if (bytes.length >= 12 && bytes.subarray(0, 8).equals(MOZ_LZ4_MAGIC)) return decodeLz4Block(bytes.subarray(12), bytes.readUInt32LE(8));
  return bytes;
}

/** Which of `needles` occur anywhere in a Firefox profile folder (compressed session files opened), and where. */
export function findInFirefoxProfile(userDataDir: string, needles: readonly string[]): Array<{ needle: string; file: string }> {
  const hits: Array<{ needle: string; file: string }> = [];
  for (const file of allFiles(userDataDir)) {
    const bytes = readForScan(file);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'latin1')) || bytes.includes(Buffer.from(needle, 'utf16le'))) hits.push({ needle, file });
    }
  }
  return hits;
}
