/**
 * Fails the build when the first screen ships more than 110 KB of gzipped
 * JavaScript (TARGETS.md). A size check, not a timing: it is deterministic.
 * Also prints what the service worker precaches (the lazily loaded charts
 * included) against its 400 KB target, and warns when it is over: see
 * docs/decisions/0026-charts-in-their-own-chunk.md for why that one does not fail.
 */
import { firstScreenSize, homeUsableSize, precacheSize } from './first-screen-size.ts';

export const FIRST_SCREEN_BUDGET_BYTES = 110 * 1024;
export const PRECACHE_TARGET_BYTES = 400 * 1024;

const first = firstScreenSize('dist');
const home = homeUsableSize('dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`First-screen JS: ${kb(first.rawBytes)} raw, ${kb(first.gzipBytes)} gzip (budget ${kb(FIRST_SCREEN_BUDGET_BYTES)}) in ${first.files.join(', ')}`);
const precache = precacheSize('dist');
console.log(`Home screen with records (first screen + storage on demand): ${kb(home.gzipBytes)} gzip`);
if (first.gzipBytes > FIRST_SCREEN_BUDGET_BYTES) {
  console.error(`First-screen JS is over budget by ${kb(first.gzipBytes - FIRST_SCREEN_BUDGET_BYTES)}.`);
  process.exit(1);
}
console.log(`Everything precached for offline use: ${kb(precache.gzipBytes)} gzip in ${precache.entries} files (target ${kb(PRECACHE_TARGET_BYTES)})`);
if (precache.gzipBytes > PRECACHE_TARGET_BYTES) {
  console.warn(`Warning: what the service worker precaches is over its target by ${kb(precache.gzipBytes - PRECACHE_TARGET_BYTES)}.`);
}
