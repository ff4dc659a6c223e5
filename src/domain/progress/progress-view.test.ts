import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../elements/element-ids.ts';
import { buildProgressView, latestChange } from './progress-view.ts';
import type { ProgressContext, ProgressRecords } from './progress-types.ts';
import { PULSE_ID } from './progress-types.ts';
import { DECADE_TODAY, decade } from './testing/decade.ts';
import { assessment, practice, presence, pulse, reflection } from './testing/progress-factory.ts';

const CONTEXT: ProgressContext = { today: '2026-06-15', timeZone: 'Europe/London', versionNotes: {} };
const EMPTY: ProgressRecords = { responses: [], practice: [], weekly: [] };

describe('buildProgressView with no records', () => {
  it('fills every view, says there is not enough yet, and states no change', () => {
    const view = buildProgressView(EMPTY, CONTEXT, 'year');
    expect(view.window).toEqual({ from: '2025-06-16', to: '2026-06-15' });
    expect(view.trend.series.map((s) => s.id)).toEqual([...ELEMENT_IDS, 'overall']);
    expect(view.trend.series.every((s) => s.pulse.length === 0 && s.assessment.length === 0)).toBe(true);
    expect(view.trend.enough).toEqual({ enough: false, have: 0, need: 3 });
    expect(view.summaries.every((s) => s.n === 0 && s.mean === null && s.median === null)).toBe(true);
    expect(view.changes).toEqual([]);
    expect(view.changesEnough).toEqual({ enough: false, have: 0, need: 4 });
    expect(view.radar).toMatchObject({ now: null, then: null, aspiration: null, options: [], enough: { enough: false } });
    expect(view.gaps).toMatchObject({ points: [], widest: null, enough: { enough: false } });
    expect(view.practice).toMatchObject({ totalMinutes: 0, sessions: 0, enough: { enough: false } });
    expect(view.weeks.weeks).toHaveLength(53);
    expect(view.weeks.weeks.at(-1)).toEqual({ weekOf: '2026-06-15', status: 'open' });
    expect(view.weeks.reflected).toBe(0);
    expect(latestChange(EMPTY, CONTEXT)).toBeNull();
    for (const text of [view.trend.summary, view.radar.summary, view.gaps.summary, view.practice.summary, view.weeks.summary]) {
      expect(text).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('buildProgressView with one of each', () => {
  it('plots the one result and gives its count, but draws no trend and states no change', () => {
    const records: ProgressRecords = {
      responses: [assessment('2026-05-01T10:00:00.000Z', { attending: 60, understanding: 70, empathising: 50, helping: 40 })],
      practice: [practice('2026-05-02', 300, 'helping')],
      weekly: [reflection('2026-04-27')],
    };
    const view = buildProgressView(records, CONTEXT, 'three-months');
    const understanding = view.trend.series.find((s) => s.id === 'understanding');
    expect(understanding?.assessment).toEqual([{ date: '2026-05-01', value: 70, n: 1, segment: 0 }]);
    expect(view.trend.series.find((s) => s.id === 'overall')?.assessment[0]?.value).toBe(55);
    expect(view.trend.enough).toEqual({ enough: false, have: 1, need: 3 });
    expect(view.summaries[1]).toMatchObject({ seriesId: 'understanding', n: 1, mean: null, median: null });
    expect(view.changes).toEqual([]);
    expect(view.radar.now?.values).toEqual({ attending: 60, understanding: 70, empathising: 50, helping: 40 });
    expect(view.radar.then).toBeNull();
    expect(view.practice.totalMinutes).toBe(5);
    expect(view.practice.byElement).toEqual([{ elementId: 'helping', sessions: 1, minutes: 5 }]);
    expect(view.weeks.reflected).toBe(1);
  });
});

describe('buildProgressView on a decade', () => {
  const { records, context } = decade();

  it('keeps every series to at most 130 points over all time, monthly, with no break at a calendar year', () => {
    const view = buildProgressView(records, context, 'all');
    expect(view.trend.aggregation).toBe('month');
    expect(view.trend.counts).toEqual({ assessments: 40, pulses: 520 });
    for (const series of view.trend.series) {
      expect(series.pulse.length).toBeLessThanOrEqual(130);
      expect(series.pulse.length).toBeGreaterThanOrEqual(115);
      expect(series.assessment).toHaveLength(40);
    }
    const attending = view.trend.series[0]?.pulse ?? [];
    const months = attending.map((p) => p.date.slice(0, 7));
    // Consecutive months run straight through every new year (one month may appear twice: the version boundary).
    const distinct = [...new Set(months)];
    for (let i = 1; i < distinct.length; i += 1) {
      const [y0, m0] = (distinct[i - 1] ?? '').split('-').map(Number);
      const [y1, m1] = (distinct[i] ?? '').split('-').map(Number);
      expect((y1 ?? 0) * 12 + (m1 ?? 0) - ((y0 ?? 0) * 12 + (m0 ?? 0))).toBe(1);
    }
    expect(attending.reduce((sum, p) => sum + p.n, 0)).toBe(520);
    expect(view.trend.method).toMatch(/^Monthly means of usually 4 weekly pulses; each self-assessment as a point\.$/);
    expect(view.trend.boundaries).toEqual([
      expect.objectContaining({ questionnaireId: PULSE_ID, fromVersion: 1, toVersion: 2, scoresComparable: false, summary: 'The pulse now asks three questions for each element.' }),
    ]);
    expect(view.practice.aggregation).toBe('month');
    expect(view.practice.buckets.length).toBeLessThanOrEqual(130);
    expect(view.practice.sessions).toBe(2000);
    // Every self-assessment but "now", the latest, is one to pick "then" from.
    expect(view.radar.options).toHaveLength(39);
    expect(view.gaps.points).toHaveLength(40);
  });

  it('gives 52 or 53 weeks for each calendar year in the calendar', () => {
    const view = buildProgressView(records, context, 'all');
    const perYear = new Map<string, number>();
    for (const week of view.weeks.weeks) perYear.set(week.weekOf.slice(0, 4), (perYear.get(week.weekOf.slice(0, 4)) ?? 0) + 1);
    const whole = [...perYear.entries()].filter(([year]) => year > view.weeks.weeks[0]!.weekOf.slice(0, 4) && year < DECADE_TODAY.slice(0, 4));
    expect(whole.length).toBeGreaterThanOrEqual(8);
    for (const [, count] of whole) expect([52, 53]).toContain(count);
    expect(view.weeks.total).toBe(520);
    expect(view.weeks.late).toBeGreaterThan(0);
  });

  it('draws the year weekly and three months point by point', () => {
    expect(buildProgressView(records, context, 'year').trend.aggregation).toBe('week');
    const three = buildProgressView(records, context, 'three-months');
    expect(three.trend.aggregation).toBe('each');
    expect(three.trend.series[0]?.pulse.every((p) => p.n === 1)).toBe(true);
  });

  it('states changes over the decade only within the pulse’s latest version', () => {
    const all = buildProgressView(records, context, 'all');
    const boundary = all.trend.boundaries[0]?.date ?? '';
    const pulseChanges = all.changes.filter((c) => c.basis === 'pulse');
    expect(pulseChanges.length).toBeGreaterThan(0);
    for (const change of pulseChanges) expect(change.since >= boundary).toBe(true);
  });

  it('times a first build on fresh records and a second on the same ones (printed, not asserted)', () => {
    const fresh = decade();
    const started = performance.now();
    const view = buildProgressView(fresh.records, fresh.context, 'all');
    const first = performance.now() - started;
    const again = performance.now();
    for (const choice of ['all', 'year', 'three-months', 'last-year'] as const) buildProgressView(fresh.records, fresh.context, choice);
    const each = (performance.now() - again) / 4;
    console.info(`buildProgressView on a decade: first build ${first.toFixed(1)} ms; then ${each.toFixed(1)} ms a range (mean of 4)`);
    expect(view.trend.counts.pulses).toBe(520);
  });
});

describe('latestChange', () => {
  it('is the largest change stated over the last year', () => {
    const responses = Array.from({ length: 12 }, (_, i) => pulse(`2026-0${1 + Math.floor(i / 3)}-${String(3 + (i % 3) * 7).padStart(2, '0')}T09:00:00.000Z`, { attending: 50, understanding: 40 + i * 3, empathising: 50, helping: 50 }));
    const change = latestChange({ responses, practice: [], weekly: [] }, CONTEXT);
    expect(change?.subject).toEqual({ kind: 'score', seriesId: 'understanding' });
    expect(change?.direction).toBe('rose');
    expect(change?.text).toMatch(/^Understanding rose \d+ points since January 2026\.$/);
  });
});

describe('presence checks in the view', () => {
  it('names the widest gap of the latest check', () => {
    const responses = [
      presence('2026-05-01T09:00:00.000Z', { attending: { aim: 80, actual: 70 }, understanding: { aim: 80, actual: 60 }, empathising: { aim: 80, actual: 75 }, helping: { aim: 90, actual: 72 } }),
    ];
    const view = buildProgressView({ responses, practice: [], weekly: [] }, CONTEXT, 'year');
    expect(view.gaps.widest).toEqual({ elementId: 'understanding', gap: 20, date: '2026-05-01' });
    expect(view.gaps.summary).toContain('understanding');
    expect(view.radar.aspiration?.values).toEqual({ attending: 80, understanding: 80, empathising: 80, helping: 90 });
  });
});
