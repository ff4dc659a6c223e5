/**
 * Hand-made views of the Progress contract for the chart tests: small, with
 * a version change, a point on each side of it and an overall series, so a
 * test can compute what the chart should show from the view itself.
 */
import type { ElementId } from '../../../domain/elements/element-ids.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../../domain/elements/element-ids.ts';
import type { ChartBoundary, ElementSeries, GapView, PracticeView, RadarView, SeriesId, TrendView, WeeksView } from '../../../domain/progress/progress-types.ts';

const SERIES_IDS: SeriesId[] = [...ELEMENT_IDS, 'overall'];
const LABELS: Record<SeriesId, string> = { ...ELEMENT_NAMES, overall: 'Overall' };

export const BOUNDARY: ChartBoundary = {
  date: '2026-03-02',
  questionnaireId: 'weekly-pulse',
  fromVersion: 1,
  toVersion: 2,
  summary: 'Each element now has three questions',
  scoresComparable: false,
};

function series(id: SeriesId, offset: number): ElementSeries {
  return {
    id,
    label: LABELS[id],
    assessment: [
      { date: '2026-01-14', value: 50 + offset, n: 1, segment: 0 },
      { date: '2026-04-20', value: 60 + offset, n: 1, segment: 1 },
    ],
    pulse: [
      { date: '2026-01-01', value: 40 + offset, n: 4, segment: 0 },
      { date: '2026-02-01', value: 45 + offset, n: 4, segment: 0 },
      { date: '2026-03-01', value: 52 + offset, n: 3, segment: 1 },
      { date: '2026-04-01', value: 58 + offset, n: 4, segment: 1 },
    ],
  };
}

export function trendView(overrides: Partial<TrendView> = {}): TrendView {
  return {
    series: SERIES_IDS.map((id, index) => series(id, index * 3)),
    aggregation: 'month',
    method: 'Monthly means of weekly pulses; each self-assessment as a point.',
    counts: { assessments: 2, pulses: 15 },
    boundaries: [BOUNDARY],
    enough: { enough: true, have: 17, need: 3 },
    summary: 'All four elements rose over these four months.',
    ...overrides,
  };
}

function byElement(values: Record<ElementId, [number, number] | null>) {
  return Object.fromEntries(
    ELEMENT_IDS.map((id) => {
      const pair = values[id];
      return [id, pair ? { aim: pair[0], actual: pair[1], gap: pair[0] - pair[1] } : null];
    }),
  ) as GapView['points'][number]['byElement'];
}

export function gapView(overrides: Partial<GapView> = {}): GapView {
  return {
    points: [
      { date: '2026-01-05', responseId: 'p1', segment: 0, byElement: byElement({ attending: [80, 60], understanding: [75, 70], empathising: [90, 70], helping: [85, 60] }) },
      { date: '2026-02-02', responseId: 'p2', segment: 0, byElement: byElement({ attending: [80, 65], understanding: [75, 75], empathising: null, helping: [85, 66] }) },
      { date: '2026-03-02', responseId: 'p3', segment: 0, byElement: byElement({ attending: [80, 72], understanding: [75, 80], empathising: [90, 80], helping: [85, 70] }) },
    ],
    widest: { elementId: 'helping', gap: 15, date: '2026-03-02' },
    boundaries: [],
    counts: { checks: 3 },
    method: 'Each presence check as a point: your aim minus how you actually led.',
    summary: 'Your widest gap is in helping: 15 points in your latest check.',
    enough: { enough: true, have: 3, need: 3 },
    ...overrides,
  };
}

export function radarView(overrides: Partial<RadarView> = {}): RadarView {
  return {
    // Only the self-assessments before "now", as the domain lists them.
    options: [
      { responseId: 'a2', date: '2025-06-10', version: 2 },
      { responseId: 'a1', date: '2024-03-12', version: 1 },
    ],
    now: { label: 'Now', date: '2026-04-20', responseId: 'a3', version: 2, values: { attending: 70, understanding: 64, empathising: 58, helping: 61 } },
    then: { label: 'Then', date: '2024-03-12', responseId: 'a1', version: 1, values: { attending: 55, understanding: 50, empathising: 52, helping: 40 } },
    aspiration: { label: 'Your aim', date: null, responseId: 'p3', version: 2, values: { attending: 85, understanding: 80, empathising: 90, helping: null } },
    note: 'The questions changed between these two self-assessments, so read the shapes side by side with care.',
    summary: 'Since March 2024 every element has grown, helping most.',
    enough: { enough: true, have: 3, need: 1 },
    ...overrides,
  };
}

export function practiceView(overrides: Partial<PracticeView> = {}): PracticeView {
  return {
    aggregation: 'week',
    buckets: [
      { date: '2026-02-02', minutes: 12, sessions: 2 },
      { date: '2026-02-09', minutes: 0, sessions: 0 },
      { date: '2026-02-16', minutes: 35, sessions: 4 },
    ],
    byElement: [
      { elementId: 'helping', sessions: 3, minutes: 30 },
      { elementId: null, sessions: 2, minutes: 12 },
      { elementId: 'attending', sessions: 1, minutes: 5 },
    ],
    totalMinutes: 47,
    sessions: 6,
    method: 'Minutes of practice logged in each week.',
    summary: 'You practised for 47 minutes over three weeks.',
    enough: { enough: true, have: 6, need: 3 },
    ...overrides,
  };
}

export function weeksView(overrides: Partial<WeeksView> = {}): WeeksView {
  return {
    weeks: [
      { weekOf: '2025-12-22', status: 'reflected' },
      { weekOf: '2025-12-29', status: 'not-reflected' },
      { weekOf: '2026-01-05', status: 'late' },
      { weekOf: '2026-01-12', status: 'reflected' },
      { weekOf: '2026-01-19', status: 'open' },
    ],
    reflected: 3,
    late: 1,
    total: 5,
    summary: 'You reflected in 3 of the last 5 weeks.',
    ...overrides,
  };
}
