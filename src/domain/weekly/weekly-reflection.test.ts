import { describe, expect, it } from 'vitest';
import { finish, newWeeklyReflection, nextStep, pulseToCarry, resumable } from './weekly-reflection.ts';

const NOW = new Date('2026-11-19T19:00:00Z');

describe('the weekly reflection record', () => {
  it('steps through pulse, practice, journal, follow-up and intention', () => {
    expect(nextStep('pulse')).toBe('practice');
    expect(nextStep('follow-up')).toBe('intention');
    expect(nextStep('intention')).toBeNull();
  });

  it('resumes the newest unfinished reflection of this week or last week, never an older one', () => {
    const old = { ...newWeeklyReflection('old', '2026-11-02', NOW, false) };
    const late = { ...newWeeklyReflection('late', '2026-11-09', new Date('2026-11-16T08:00:00Z'), true) };
    const mine = { ...newWeeklyReflection('mine', '2026-11-16', new Date('2026-11-17T08:00:00Z'), false) };
    const done = { ...newWeeklyReflection('done', '2026-11-16', new Date('2026-11-18T08:00:00Z'), false), completedAt: '2026-11-18T08:10:00.000Z' };
    expect(resumable([old, late, mine, done], '2026-11-16', '2026-11-09')?.id).toBe('mine');
    expect(resumable([old, late], '2026-11-16', '2026-11-09')?.id).toBe('late');
    expect(resumable([old], '2026-11-16', '2026-11-09')).toBeUndefined();
    const sunday = newWeeklyReflection('sunday', '2026-11-09', new Date('2026-11-15T20:00:00Z'), false);
    expect(resumable([old, sunday], '2026-11-16', '2026-11-09')?.id).toBe('sunday');
  });

  it('keeps a back-dated week while back-dating is open, and otherwise counts the week it was finished in', () => {
    const late = newWeeklyReflection('late', '2026-11-09', NOW, true);
    expect(finish(late, NOW, '2026-11-16', true)).toMatchObject({ weekOf: '2026-11-09', late: true, completedAt: NOW.toISOString() });
    expect(finish(late, NOW, '2026-11-16', false)).toMatchObject({ weekOf: '2026-11-16', late: false });
    const begunLastWeek = newWeeklyReflection('sunday', '2026-11-09', NOW, false);
    expect(finish(begunLastWeek, NOW, '2026-11-16', true)).toMatchObject({ weekOf: '2026-11-09', late: true });
    expect(finish(begunLastWeek, NOW, '2026-11-16', false)).toMatchObject({ weekOf: '2026-11-16', late: false });
    const thisWeek = newWeeklyReflection('now', '2026-11-16', NOW, false);
    expect(finish(thisWeek, NOW, '2026-11-16', false)).toMatchObject({ weekOf: '2026-11-16', late: false });
  });
});

describe('the pulse carried into a reflection', () => {
  const pulse = (id: string, completedAt: string, questionnaireId = 'weekly-pulse') => ({ id, questionnaireId, completedAt });

  it('is the newest weekly pulse completed in the reflection’s week, on the local calendar', () => {
    const responses = [
      pulse('last-week', '2026-11-15T20:00:00.000Z'),
      pulse('monday', '2026-11-16T08:00:00.000Z'),
      pulse('wednesday', '2026-11-18T08:00:00.000Z'),
      pulse('presence', '2026-11-19T08:00:00.000Z', 'leadership-presence'),
    ];
    expect(pulseToCarry(responses, '2026-11-16', 'Europe/London')?.id).toBe('wednesday');
    expect(pulseToCarry(responses, '2026-11-09', 'Europe/London')?.id).toBe('last-week');
    expect(pulseToCarry(responses, '2026-11-23', 'Europe/London')).toBeUndefined();
  });

  it('places a pulse by the device’s own calendar date, not by UTC', () => {
    // 23:30 UTC on Sunday 15 November is already Monday 16 November in Auckland.
    const responses = [pulse('late-sunday', '2026-11-15T23:30:00.000Z')];
    expect(pulseToCarry(responses, '2026-11-16', 'Pacific/Auckland')?.id).toBe('late-sunday');
    expect(pulseToCarry(responses, '2026-11-16', 'Europe/London')).toBeUndefined();
  });
});
