// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkNewPassphrase, checkPassphrase, checkPin, COMMON_PASSPHRASE_MESSAGE } from './secret-policy.ts';

const passphraseRefusal = {
  ok: false,
  message: 'Use at least 12 characters, or four or more words. Four unrelated words of your own are easy to remember and hard to guess.',
};
const pinRefusal = { ok: false, message: 'A PIN is at least 6 digits (numbers only).' };

describe('checkPassphrase', () => {
  it('accepts 12 characters and refuses 11', () => {
    expect(checkPassphrase('abcdefghijkl')).toEqual({ ok: true });
    expect(checkPassphrase('abcdefghijk')).toEqual(passphraseRefusal);
  });

  it('accepts four words and refuses three, even when short', () => {
    expect(checkPassphrase('ab cd ef gh')).toEqual({ ok: true }); // 11 characters, 4 words
    expect(checkPassphrase('ab cd efgh')).toEqual(passphraseRefusal); // 10 characters, 3 words
  });

  it('splits words on hyphens and other punctuation as well as spaces', () => {
    expect(checkPassphrase('ab-cd.ef,gh')).toEqual({ ok: true });
    expect(checkPassphrase('ab-cd-efgh')).toEqual(passphraseRefusal);
  });

  it('does not count single letters as words', () => {
    expect(checkPassphrase('a b c d')).toEqual(passphraseRefusal);
    expect(checkPassphrase('a b c d e f')).toEqual(passphraseRefusal); // 11 characters, no words
    expect(checkPassphrase('a bc de fg')).toEqual(passphraseRefusal); // 3 words of two letters
  });

  it('ignores leading and trailing spaces but counts inner ones', () => {
    expect(checkPassphrase('   abcdefghijk   ')).toEqual(passphraseRefusal);
    expect(checkPassphrase('\tabcdefghijk\n')).toEqual(passphraseRefusal);
    expect(checkPassphrase('  abcde fghijk  ')).toEqual({ ok: true });
    expect(checkPassphrase('            ')).toEqual(passphraseRefusal);
    expect(checkPassphrase('')).toEqual(passphraseRefusal);
  });

  it('counts an accented letter or an emoji as one character', () => {
    expect(checkPassphrase('cafe\u0301cafe\u0301caf')).toEqual(passphraseRefusal); // NFC: 11 characters
    expect(checkPassphrase('😊😊😊😊😊😊😊😊😊😊😊')).toEqual(passphraseRefusal); // 11 emoji, 22 UTF-16 units
    expect(checkPassphrase('😊😊😊😊😊😊😊😊😊😊😊😊')).toEqual({ ok: true });
  });

  it('counts words in any script, with digits', () => {
    expect(checkPassphrase('né été où 17')).toEqual({ ok: true });
    expect(checkPassphrase('kettle harbour violet seventeen')).toEqual({ ok: true });
  });
});

describe('checkNewPassphrase', () => {
  it('refuses a common password or phrase, even dressed up to pass the length rule, and says why', async () => {
    const common = { ok: false, message: COMMON_PASSPHRASE_MESSAGE };
    expect(COMMON_PASSPHRASE_MESSAGE).toMatch(/most commonly used passwords .* so it would be guessed early\. Choose words of your own\./);
    for (const passphrase of ['password12345!', 'passwordpassword', 'P@ssw0rd P@ssw0rd', 'correct horse battery staple', 'qwertyuiop123']) {
      expect(checkPassphrase(passphrase), passphrase).toEqual({ ok: true }); // long enough…
      expect(await checkNewPassphrase(passphrase), passphrase).toEqual(common); // …but common
    }
  });

  it('applies the length rule first, and accepts words of your own', async () => {
    expect(await checkNewPassphrase('password')).toEqual(passphraseRefusal);
    expect(await checkNewPassphrase('marble otter lantern ninety')).toEqual({ ok: true });
    expect(await checkNewPassphrase('kettle harbour violet seventeen')).toEqual({ ok: true });
  });
});

describe('checkPin', () => {
  it('accepts six or more digits', () => {
    expect(checkPin('123456')).toEqual({ ok: true });
    expect(checkPin('000000')).toEqual({ ok: true });
    expect(checkPin('1234567890')).toEqual({ ok: true });
  });

  it('refuses fewer than six digits or anything but digits', () => {
    expect(checkPin('12345')).toEqual(pinRefusal);
    expect(checkPin('12345a')).toEqual(pinRefusal);
    expect(checkPin('123 456')).toEqual(pinRefusal);
    expect(checkPin(' 123456')).toEqual(pinRefusal);
    expect(checkPin('１２３４５６')).toEqual(pinRefusal); // full-width digits
    expect(checkPin('')).toEqual(pinRefusal);
  });
});
