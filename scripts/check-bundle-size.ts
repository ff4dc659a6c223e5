/**
 * Fails the build when the first screen ships more than 110 KB of gzipped
 * JavaScript (TARGETS.md). A size check, not a timing: it is deterministic.
 */
import { firstScreenSize, homeUsableSize } from './first-screen-size.ts';

export const FIRST_SCREEN_BUDGET_BYTES = 110 * 1024;

const first = firstScreenSize('dist');
const home = homeUsableSize('dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`First-screen JS: ${kb(first.rawBytes)} raw, ${kb(first.gzipBytes)} gzip (budget ${kb(FIRST_SCREEN_BUDGET_BYTES)}) in ${first.files.join(', ')}`);
console.log(`Home screen with records (first screen + storage on demand): ${kb(home.gzipBytes)} gzip`);
if (first.gzipBytes > FIRST_SCREEN_BUDGET_BYTES) {
  console.error(`First-screen JS is over budget by ${kb(first.gzipBytes - FIRST_SCREEN_BUDGET_BYTES)}.`);
  process.exit(1);
}
