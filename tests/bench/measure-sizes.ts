/**
 * Sizes read from the production build, no browser needed: the JavaScript of
 * the first screen and of the usable home screen (from Vite's manifest, via
 * scripts/first-screen-size.ts), and the gzip total of everything the service
 * worker precaches (the `url:"…"` entries of the Workbox manifest in dist/sw.js),
 * and, for the notes, the service worker's own scripts.
 */
import { readdirSync } from 'node:fs';
import type { PrecacheReport, SizeReport } from '../../scripts/first-screen-size.ts';
import { firstScreenSize, homeUsableSize, precacheSize, precacheUrls, sizeOfFiles } from '../../scripts/first-screen-size.ts';

export type { PrecacheReport };
export { precacheSize, precacheUrls };

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
