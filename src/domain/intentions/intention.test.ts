import { describe, expect, it } from 'vitest';
import type { Intention } from './intention.ts';
import { awaitingFollowUp, daysBetween, makeFollowUp } from './intention.ts';

function intention(id: string, followedUp: boolean): Intention {
  return {
    id,
    createdAt: '2026-11-01T09:00:00.000Z',
    elementId: 'attending',
    text: 'Put the phone away in one-to-ones',
    source: 'own',
    responseId: null,
    followUp: followedUp ? { outcome: 'done', note: '', answeredAt: '2026-11-08T09:00:00.000Z' } : null,
  };
}

describe('intentions', () => {
  it('finds the newest intention still waiting for its follow-up', () => {
    expect(awaitingFollowUp([intention('new', false), intention('old', false)])?.id).toBe('new');
    expect(awaitingFollowUp([intention('new', true), intention('old', false)])?.id).toBe('old');
    expect(awaitingFollowUp([intention('only', true)])).toBeUndefined();
  });

  it('records an outcome with a trimmed note and the time', () => {
    expect(makeFollowUp('partly', '  Twice out of five  ', new Date('2026-11-08T10:00:00Z'))).toEqual({
      outcome: 'partly',
      note: 'Twice out of five',
      answeredAt: '2026-11-08T10:00:00.000Z',
    });
    expect(() => makeFollowUp('maybe' as never, '', new Date())).toThrow(RangeError);
  });

  it('counts whole days since an intention was set', () => {
    expect(daysBetween('2026-11-01T09:00:00.000Z', new Date('2026-11-08T08:59:00Z'))).toBe(6);
    expect(daysBetween('2026-11-01T09:00:00.000Z', new Date('2026-11-08T09:00:00Z'))).toBe(7);
  });
});
