import { describe, expect, it } from 'vitest';
import { scoredResults } from './scored-results.ts';
import { ASSESSMENT_ID, PRESENCE_ID, PULSE_ID } from './progress-types.ts';
import { assessment, presence, pulse } from './testing/progress-factory.ts';

const LONDON = 'Europe/London';

describe('scoredResults', () => {
  it('takes one questionnaire’s results, oldest first, with each element’s score and the overall', () => {
    const later = pulse('2026-03-10T09:00:00.000Z', { attending: 40, understanding: 50, empathising: 60, helping: 70 });
    const earlier = pulse('2026-03-03T09:00:00.000Z', 55);
    const other = assessment('2026-03-04T09:00:00.000Z', 90);
    const results = scoredResults([later, other, earlier], PULSE_ID, LONDON, []);
    expect(results.map((r) => r.responseId)).toEqual([earlier.id, later.id]);
    expect(results[1]?.values).toEqual({ attending: 40, understanding: 50, empathising: 60, helping: 70, overall: 55 });
  });

  it('gives no value to an incomplete section, and no overall then', () => {
    const partial = pulse('2026-03-03T09:00:00.000Z', { attending: 40, understanding: null, empathising: 60, helping: 70 });
    const [result] = scoredResults([partial], PULSE_ID, LONDON, []);
    expect(result?.values).toEqual({ attending: 40, understanding: null, empathising: 60, helping: 70, overall: null });
  });

  it('leaves out a result with nothing scored', () => {
    const empty = pulse('2026-03-03T09:00:00.000Z', { attending: null, understanding: null, empathising: null, helping: null });
    expect(scoredResults([empty], PULSE_ID, LONDON, [])).toEqual([]);
  });

  it('keeps scores unrounded, for deciding; views round them', () => {
    const response = assessment('2026-03-03T09:00:00.000Z', 50);
    // One answer of 51 among the four attending items: 50.25.
    const first = response.items[0];
    if (first?.kind === 'scale') first.value = 51;
    expect(scoredResults([response], ASSESSMENT_ID, LONDON, [])[0]?.values.attending).toBeCloseTo(50.25, 9);
  });

  it('gives a presence check its aim, actual and gap per element', () => {
    const check = presence('2026-03-03T09:00:00.000Z', { helping: { aim: 90, actual: 72 } });
    const [result] = scoredResults([check], PRESENCE_ID, LONDON, []);
    expect(result?.gaps).toEqual({ attending: null, understanding: null, empathising: null, helping: { aim: 90, actual: 72, gap: 18 } });
  });

  it('dates a result in the leader’s time zone: 23:30 UTC on 31 March is 1 April in London summer time', () => {
    const results = scoredResults(
      [pulse('2026-03-31T23:30:00.000Z', 50), pulse('2026-01-31T23:30:00.000Z', 50), pulse('2026-03-29T00:30:00.000Z', 50)],
      PULSE_ID,
      LONDON,
      [],
    );
    expect(results.map((r) => r.date)).toEqual(['2026-01-31', '2026-03-29', '2026-04-01']);
    expect(scoredResults([pulse('2026-03-31T23:30:00.000Z', 50)], PULSE_ID, 'America/New_York', [])[0]?.date).toBe('2026-03-31');
  });

  it('numbers segments over all time from the version notes', () => {
    const responses = [pulse('2026-01-05T09:00:00.000Z', 50, 1), pulse('2026-01-12T09:00:00.000Z', 50, 2), pulse('2026-01-19T09:00:00.000Z', 50, 2)];
    const notComparable = { [PULSE_ID]: [{ version: 2, summary: 'New questions.', scoresComparable: false }] };
    const comparable = { [PULSE_ID]: [{ version: 2, summary: 'A word changed.', scoresComparable: true }] };
    expect(scoredResults(responses, PULSE_ID, LONDON, notComparable[PULSE_ID]).map((r) => r.segment)).toEqual([0, 1, 1]);
    expect(scoredResults(responses, PULSE_ID, LONDON, comparable[PULSE_ID]).map((r) => r.segment)).toEqual([0, 0, 0]);
    expect(scoredResults(responses, PULSE_ID, LONDON, undefined).map((r) => r.segment)).toEqual([0, 1, 1]);
  });
});
