import { describe, expect, it } from 'vitest';
import { sampleBackupBody } from '../files/testing/sample-backup.ts';
import { DEFAULT_SHARE_SCOPE } from './coaching-types.ts';
import { addToCovers, describeCovers, emptyCovers } from './share-covers.ts';
import { shortDate } from './share-dates.ts';

const records = sampleBackupBody().records;

describe('share covers', () => {
  it('starts empty, with written answers only when the scope shares them', () => {
    expect(emptyCovers(DEFAULT_SHARE_SCOPE)).toEqual({
      counts: { responses: 0, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 },
      from: null,
      to: null,
      writtenAnswers: false,
    });
    expect(emptyCovers({ ...DEFAULT_SHARE_SCOPE, reflections: 'with-answers' }).writtenAnswers).toBe(true);
  });

  it('adds page by page: counts per shared kind and the earliest and latest local dates, without changing what it was given', () => {
    const start = emptyCovers(DEFAULT_SHARE_SCOPE);
    const one = addToCovers(start, { practiceLog: records.practiceLog }, 'Europe/London');
    const two = addToCovers(one, { responses: records.responses, journal: records.journal, drafts: records.drafts, practiceLog: records.practiceLog.slice(0, 1) }, 'Europe/London');
    expect(start.counts.practiceLog).toBe(0);
    expect(one).toMatchObject({ counts: { practiceLog: 2 }, from: '2025-11-20', to: '2026-03-03' });
    expect(two).toMatchObject({ counts: { practiceLog: 3, responses: 2, journal: 1, intentions: 0 }, from: '2025-11-20', to: '2026-03-06' });
  });

  it("dates results by the leader's time zone", () => {
    const late = [{ ...records.responses[0]!, completedAt: '2026-12-31T23:30:00.000Z' }];
    expect(addToCovers(emptyCovers(DEFAULT_SHARE_SCOPE), { responses: late }, 'Europe/London').to).toBe('2026-12-31');
    expect(addToCovers(emptyCovers(DEFAULT_SHARE_SCOPE), { responses: late }, 'Europe/Berlin').to).toBe('2027-01-01');
  });

  it('says what a share covers in one plain line', () => {
    const covers = {
      counts: { responses: 12, journal: 1, intentions: 0, practiceLog: 30, weeklyReflections: 0 },
      from: '2025-01-03',
      to: '2026-12-01',
      writtenAnswers: false,
    };
    expect(describeCovers(covers)).toBe('12 reflections (scores only), 1 journal entry, 30 practice sessions, 3 Jan 2025 to 1 Dec 2026');
    expect(describeCovers({ ...covers, writtenAnswers: true, counts: { ...covers.counts, intentions: 1, weeklyReflections: 2 }, to: '2025-01-03' })).toBe(
      '12 reflections (with written answers), 2 weeks reflected, 1 journal entry, 1 intention, 30 practice sessions, 3 Jan 2025',
    );
    expect(describeCovers(emptyCovers(DEFAULT_SHARE_SCOPE))).toBe('Nothing shared');
  });

  it('writes dates short', () => {
    expect(shortDate('2026-12-04')).toBe('4 Dec 2026');
    expect(shortDate('2025-01-31')).toBe('31 Jan 2025');
  });
});
