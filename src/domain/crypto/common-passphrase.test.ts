// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCommonPasswords, TARGET } from '../../../scripts/common-passwords-source.ts';
import { commonSet, compact, isCommonPassphrase, unswap } from './common-passphrase.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import { COMMON_PHRASES } from './common-phrases.ts';

const common = commonSet(COMMON_PASSWORDS, COMMON_PHRASES);
const isCommon = (passphrase: string) => isCommonPassphrase(passphrase, common);

describe('the normal form', () => {
  it('ignores case, spaces and punctuation, and reads look-alike symbols as letters', () => {
    expect(compact('  Let me in, please! ')).toBe('letmeinplease!');
    expect(unswap(compact('P@$$w0rd'))).toBe('password'.replace('l', 'i'));
    expect(unswap(compact('h3ll0 w0r1d'))).toBe(unswap('helloworld'));
    expect(compact('Cafe\u0301')).toBe('café');
  });
});

describe('isCommonPassphrase', () => {
  it('finds the most common passwords, whatever the case, spacing or look-alike symbols', () => {
    for (const passphrase of ['password', 'PASSWORD', 'Pass Word', 'p@ssw0rd', 'P4$$W0RD', 'qwertyuiop', 'iloveyou', '1qaz2wsx3edc', 'sunshine']) {
      expect(isCommon(passphrase), passphrase).toBe(true);
    }
  });

  it('finds the longer ones further down the list, which pass a length rule on their own', () => {
    expect(isCommon('leavemealone')).toBe(true);
    expect(isCommon('Leave me alone')).toBe(true);
    expect(isCommon('administrator')).toBe(true);
  });

  it('finds common phrases, in our own list', () => {
    for (const passphrase of ['correct horse battery staple', 'Correct-Horse-Battery-Staple', 'let me in please', 'Let me in, please!', 'the quick brown fox jumps over the lazy dog', 'I love you so much']) {
      expect(isCommon(passphrase), passphrase).toBe(true);
    }
  });

  it('finds a common password with only digits or symbols after it, or a common word with them before it', () => {
    for (const passphrase of ['password12345!', 'Password2024!!', 'qwerty123456', 'monkey 1234 5678', 'p@ssw0rd!!!!', '123456789012', '2024sunshine', '!!dragon!!1234']) {
      expect(isCommon(passphrase), passphrase).toBe(true);
    }
  });

  it('finds a common password repeated', () => {
    for (const passphrase of ['passwordpassword', 'sunshine sunshine', '111111111111', 'password1password1', 'qwertyqwerty', 'dragon dragon']) {
      expect(isCommon(passphrase), passphrase).toBe(true);
    }
  });

  it('finds one or two characters repeated, common or not', () => {
    expect(isCommon('aaaaaaaaaaaa')).toBe(true);
    expect(isCommon('xy xy xy xy xy xy')).toBe(true);
  });

  it('lets ordinary passphrases of unrelated words through', () => {
    for (const passphrase of ['marble otter lantern ninety', 'kettle harbour violet seventeen', 'copper heron maple twelve', 'sam has a different passphrase', 'quiet ward lamp after nine', 'né été où 17']) {
      expect(isCommon(passphrase), passphrase).toBe(false);
    }
  });

  it('lets 500 four-word passphrases made from a diceware word list through', () => {
    const words = JSON.parse(readFileSync('node_modules/@zxcvbn-ts/language-common/src/diceware.json', 'utf8')) as string[];
    const refused: string[] = [];
    for (let i = 0; i < 500; i++) {
      const pick = (n: number) => words[(i * 7_919 + n * 104_729) % words.length]!;
      const passphrase = [pick(1), pick(2), pick(3), pick(4)].join(' ');
      if (isCommon(passphrase)) refused.push(passphrase);
    }
    expect(refused).toEqual([]);
  });

  it('lets a long passphrase through at once, without searching it', () => {
    expect(isCommon('password'.repeat(20))).toBe(false);
  });
});

describe('the committed list', () => {
  it('is what scripts/generate-common-passwords.ts writes from @zxcvbn-ts/language-common (run it after changing the script)', () => {
    expect(readFileSync(TARGET, 'utf8')).toBe(renderCommonPasswords());
  });

  it('holds a few thousand entries, most common first', () => {
    const entries = COMMON_PASSWORDS.split('\n');
    expect(entries.length).toBeGreaterThan(5_000);
    expect(entries.length).toBeLessThan(8_000);
    expect(entries.slice(0, 2)).toEqual(['123456', 'password']);
  });
});
