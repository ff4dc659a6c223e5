import { describe, expect, it } from 'vitest';
import { findIdentifiers, isValidNhsNumber } from './identifiable.ts';

const now = new Date('2026-06-01T12:00:00Z');
const find = (text: string) => findIdentifiers(text, now);
const kinds = (text: string) => find(text).map((found) => found.kind);

describe('isValidNhsNumber', () => {
  it('accepts numbers whose check digit is right', () => {
    // 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    expect(isValidNhsNumber('9434765919')).toBe(true);
    // 4×10 + 0 + 1×8 + 0 + 2×6 + 3×5 + 2×4 + 1×3 + 3×2 = 92; 92 mod 11 = 4; 11 − 4 = 7.
    expect(isValidNhsNumber('4010232137')).toBe(true);
    // 1×10 + 6×2 = 22; 22 mod 11 = 0; 11 − 0 = 11, which means 0.
    expect(isValidNhsNumber('1000000060')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('4010232138')).toBe(false);
    expect(isValidNhsNumber('1000000061')).toBe(false);
  });

  it('rejects every number whose check result is 10', () => {
    // 1×10 + 2×9 + 3×8 + 4×7 + 5×6 + 6×5 + 7×4 + 8×3 + 9×2 = 210; 210 mod 11 = 1; 11 − 1 = 10.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`123456789${last}`)).toBe(false);
  });

  it('rejects 9 or 11 digits, separators and other characters', () => {
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943 476 5919')).toBe(false);
    expect(isValidNhsNumber('94347659l9')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });
});

describe('findIdentifiers: NHS numbers', () => {
  it('finds valid numbers written together, with spaces or with hyphens, and masks all but the last three digits', () => {
    expect(find('NHS no 943 476 5919, also 401-023-2137 and 4010232137.')).toEqual([
      { kind: 'nhs-number', excerpt: '••• ••• •919', start: 7, end: 19 },
      { kind: 'nhs-number', excerpt: '••• ••• •137', start: 26, end: 38 },
      { kind: 'nhs-number', excerpt: '••• ••• •137', start: 43, end: 53 },
    ]);
  });

  it('never repeats the number in the excerpt', () => {
    const [found] = find('Seen today: 9434765919');
    expect(found?.excerpt).not.toMatch(/\d{4}/);
  });

  it('ignores a 10-digit number that fails the check', () => {
    expect(find('Ring 7700900123 or 943 476 5918 after lunch')).toEqual([]);
  });

  it('ignores ordinary UK phone numbers', () => {
    expect(find('Call 0161 496 0000, 020 7946 0958 or 07700 900123.')).toEqual([]);
  });

  it('ignores a valid 10 digits inside a longer number, mixed separators or after a country code', () => {
    expect(find('Ref 19434765919 and 94347659190')).toEqual([]);
    expect(find('943 476-5919')).toEqual([]);
    expect(find('+44 943 476 5919')).toEqual([]);
    expect(find('9 or 11 digits: 943476591, 943 476 59190')).toEqual([]);
  });

  it('ignores one digit repeated, though it passes the check', () => {
    expect(isValidNhsNumber('1111111111')).toBe(true);
    expect(find('0000000000 and 1111111111')).toEqual([]);
  });
});

describe('findIdentifiers: a date of birth next to a name', () => {
  it('finds a date after a name, masking it to the last two digits of the year', () => {
    expect(find('John Brown 12/03/1947 was anxious')).toEqual([{ kind: 'date-of-birth-with-name', excerpt: '••/••/••47', start: 11, end: 21 }]);
  });

  it('finds a date before a name, and after a titled name, in every written form', () => {
    expect(kinds('12.03.1947 John Brown')).toEqual(['date-of-birth-with-name']);
    expect(kinds('Mrs Jane Smith, 3 March 1947, was upset')).toEqual(['date-of-birth-with-name']);
    expect(kinds('Mr. O’Brien-Smith (01-01-1950)')).toEqual(['date-of-birth-with-name']);
    expect(kinds('Miss Patel 3rd Sept 1960')).toEqual(['date-of-birth-with-name']);
  });

  it('finds a date near "DOB", "D.O.B.", "date of birth", "born" or "b.", with or without a name', () => {
    expect(kinds('DOB 12/03/1947')).toEqual(['date-of-birth-with-name']);
    expect(kinds('the patient (D.O.B.: 3rd Mar 1947)')).toEqual(['date-of-birth-with-name']);
    expect(kinds('date of birth is 12-03-1947')).toEqual(['date-of-birth-with-name']);
    expect(kinds('a man born on 12 March 1947 was waiting')).toEqual(['date-of-birth-with-name']);
    expect(kinds('Jane Smith (b. 12.03.1947)')).toEqual(['date-of-birth-with-name']);
    expect(kinds('12/03/1947 (dob)')).toEqual(['date-of-birth-with-name']);
  });

  it('allows at most 40 characters between a keyword and the date', () => {
    const gap = (n: number) => `DOB${' '.repeat(n)}12/03/1947`;
    expect(kinds(gap(40))).toHaveLength(1);
    expect(kinds(gap(41))).toHaveLength(0);
  });

  it('allows at most 30 characters between a name and the date, in the same sentence', () => {
    const gap = (n: number) => `Jane Smith${' '.repeat(n)}12/03/1947`;
    expect(kinds(gap(30))).toHaveLength(1);
    expect(kinds(gap(31))).toHaveLength(0);
    expect(kinds('I spoke to Jane Smith. 12/03/1947 was her wedding day')).toEqual([]);
    expect(kinds('Jane Smith\n12/03/1947')).toEqual([]);
  });

  it('ignores dates without a name or keyword', () => {
    expect(find('On 12/03/1947 the hospital opened; by 3 March 1990 it had grown.')).toEqual([]);
    expect(find('we reviewed 12/03/2026 and 14.03.2026')).toEqual([]);
  });

  it('ignores the dates of events, even next to a name', () => {
    expect(find('Team meeting on 12/03/2026 with Jane Smith')).toEqual([]);
    expect(find('Jane Smith has been in post since 3 March 2019')).toEqual([]);
    expect(find('Rota for Jane Smith w/c 12/03/2026')).toEqual([]);
  });

  it('does not take common capitalised words or a doctor for a name', () => {
    expect(find('Board Meeting 12/03/2026')).toEqual([]);
    expect(find('Ward Round 12/03/2026')).toEqual([]);
    expect(find('Monday March 02/03/2026')).toEqual([]);
    expect(find('Dr Patel 12/03/2026 went well')).toEqual([]);
  });

  it('still finds a name after a capitalised opener', () => {
    expect(kinds('Yesterday Jane Smith 12/03/1947 rang')).toEqual(['date-of-birth-with-name']);
  });

  it('ignores impossible dates and years outside 1900 to the current year', () => {
    expect(find('DOB 31/02/1947')).toEqual([]);
    expect(find('DOB 12/13/1947')).toEqual([]);
    expect(find('DOB 12/03/1899')).toEqual([]);
    expect(find('DOB 12/03/2027')).toEqual([]);
    expect(kinds('DOB 12/03/2026')).toHaveLength(1);
    expect(findIdentifiers('DOB 12/03/2027', new Date('2027-01-02T12:00:00Z'))).toHaveLength(1);
  });

  it('lists everything found in the order it appears', () => {
    expect(find('Mrs Jane Smith 12/03/1947, NHS 401 023 2137').map((f) => [f.kind, f.excerpt])).toEqual([
      ['date-of-birth-with-name', '••/••/••47'],
      ['nhs-number', '••• ••• •137'],
    ]);
  });
});
