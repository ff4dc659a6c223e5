import { describe, expect, it } from 'vitest';
import { countWords, estimateQuestionnaireTime, toStatedMinutes } from './estimate-minutes.ts';

const tenWords = 'one two three four five six seven eight nine ten';
const options = [{ label: 'Rarely' }, { label: 'Often' }, { label: 'Always' }];

/** 2 + 4 words of title and summary. */
const base = { title: 'Quick check', summary: 'Four words of summary.' };

describe('countWords', () => {
  it('counts runs of characters between spaces, across texts, ignoring missing ones', () => {
    expect(countWords('  A short,  plain sentence. ', undefined, 'Two more')).toBe(6);
  });
});

describe('estimateQuestionnaireTime', () => {
  it('adds reading at 200 words a minute, 5 s a rating and 5 s a step', () => {
    const estimate = estimateQuestionnaireTime({
      ...base,
      scale: { question: 'How often?', options },
      sections: [{ title: 'Energy', summary: 'How you are.', items: [{ type: 'scale', text: tenWords }, { type: 'scale', text: tenWords }] }],
    });
    // Words: 6 + 1 + 3 + 2 (question) + 3 (labels) + 20 = 35, read in 10.5 s; then 5 (step) + 2 × 5 (ratings).
    expect(estimate).toEqual({ seconds: 25.5, optionalSeconds: 0, minutes: 1, withOptionalMinutes: 1 });
  });

  it('counts a paired item as two ratings and reads the paired scale once a step', () => {
    const estimate = estimateQuestionnaireTime({
      ...base,
      pairedScale: { question: 'How often?', aimLabel: 'My aim', actualLabel: 'What happened', options },
      sections: [{ title: 'Gap', summary: 'Aim and act.', items: [{ type: 'paired', text: tenWords }] }],
    });
    // Words: 6 + 1 + 3 + 2 + 2 + 2 + 3 + 10 = 29, read in 8.7 s; then 5 (step) + 10 (two ratings).
    expect(estimate.seconds).toBeCloseTo(23.7, 5);
  });

  it('counts 75 s for a written answer to a text item, and a challenge prompt’s writing only as optional', () => {
    const estimate = estimateQuestionnaireTime({
      ...base,
      sections: [
        {
          title: 'Notes',
          summary: 'Write freely.',
          challengePrompt: 'Would they agree?',
          items: [
            { type: 'text', text: 'Why?', hint: 'Say more.' },
            { type: 'choice', text: 'Which?', options: [{ label: 'This one' }, { label: 'That one' }] },
          ],
        },
      ],
    });
    // Words: 6 + 1 + 2 + 3 + (1 + 2) + (1 + 4) = 20, read in 6 s; then 5 (step) + 75 (writing) + 5 (choice).
    expect(estimate).toEqual({ seconds: 91, optionalSeconds: 75, minutes: 2, withOptionalMinutes: 3 });
  });
});

describe('toStatedMinutes', () => {
  it.each([
    [10, 1],
    [89, 1],
    [91, 2],
    [5.4 * 60, 5],
    [10 * 60, 10],
    [12.4 * 60, 10],
    [13.4 * 60, 15],
    [22.5 * 60, 25],
  ])('states %d s as %d minutes (whole minutes to 10, then to the nearest 5)', (seconds, minutes) => {
    expect(toStatedMinutes(seconds)).toBe(minutes);
  });
});
