/**
 * Writes src/domain/crypto/common-passwords.ts, the list of common passwords
 * the passphrase policy refuses (run `npx tsx scripts/generate-common-passwords.ts`).
 * A test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { renderCommonPasswords, TARGET } from './common-passwords-source.ts';

writeFileSync(TARGET, renderCommonPasswords());
console.log(`Wrote ${TARGET}`);
