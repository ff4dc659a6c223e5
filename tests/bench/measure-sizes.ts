/**
 * Sizes read from the production build, no browser needed: the JavaScript of
 * the first screen and of the usable home screen (from Vite's manifest, via
 * scripts/first-screen-size.ts), and the gzip total of everything the service
 * worker precaches (the `url:"…"` entries of the Workbox manifest in dist/sw.js),
 * and, for the notes, the service worker's own scripts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SizeReport } from '../../scripts/first-screen-size.ts';
import { firstScreenSize, homeUsableSize, sizeOfFiles } from '../../scripts/first-screen-size.ts';

export interface PrecacheReport {
  entries: number;
  rawBytes: number;
  gzipBytes: number;
  /** Largest entries first, for the notes. */
  files: { url: string; rawBytes: number; gzipBytes: number }[];
}

export function precacheUrls(dist: string): string[] {
  const swPath = join(dist, 'sw.js');
  if (!existsSync(swPath)) throw new Error(`No service worker at ${swPath}: run \`npm run build\` first`);
  const sw = readFileSync(swPath, 'utf8');
  const urls = new Set<string>();
  for (const match of sw.matchAll(/url:"([^"]+)"/g)) urls.add(match[1]!);
  if (urls.size === 0) throw new Error(`Found no precache entries (url:"…") in ${swPath}: has the Workbox output format changed?`);
  return [...urls];
}

export function precacheSize(dist: string): PrecacheReport {
  const files = precacheUrls(dist).map((url) => {
    const path = join(dist, decodeURI(url.split(/[?#]/)[0]!));
    if (!existsSync(path)) throw new Error(`The precache lists ${url}, but ${path} does not exist: is dist/ half rebuilt?`);
    const content = readFileSync(path);
    return { url, rawBytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    entries: files.length,
    rawBytes: files.reduce((n, f) => n + f.rawBytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    files,
  };
}

export function jsSizes(dist: string): { firstScreenJs: SizeReport; homeUsableJs: SizeReport } {
  return { firstScreenJs: firstScreenSize(dist), homeUsableJs: homeUsableSize(dist) };
}

/** The service worker's own scripts (sw.js and the Workbox runtime it imports): cached by the browser, not in the precache. */
export function serviceWorkerScriptsSize(dist: string): { files: string[]; rawBytes: number; gzipBytes: number } {
  return sizeOfFiles(
    dist,
    readdirSync(dist).filter((name) => /^(sw|workbox-[\w-]+)\.js$/.test(name)),
  );
}
