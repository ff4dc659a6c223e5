/**
 * The Progress screen in Chromium on the bench's seeded decade (every record
 * Progress reads; the journal left out to save time), offline after the
 * service worker has taken control. The browser's time zone is pinned to
 * Europe/London and "today" is the browser's own clock, so node computes
 * with the domain's buildProgressView exactly the view the screen should
 * show, from the same records, and every table is compared with it.
 *
 * Checks: every chart's figure (CHART_TITLES) with the domain's summary and
 * method, a drawing in each chart with enough to draw (after
 * PROGRESS_MARKS.allCharts), each table (tableCaption) holding the view's
 * values for 'Last year' and 'All time' (the trend's rows are the view's
 * points, one per date, kind of result, segment and occurrence), "This time last year" one tap
 * away, zero axe-core violations in light and dark, and no sideways
 * scrolling at 320 px with every chart drawn.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../src/domain/elements/element-ids.ts';
import type { ProgressRecords, ProgressView, RangeChoice } from '../../src/domain/progress/progress-types.ts';
import { buildProgressView } from '../../src/domain/progress/progress-view.ts';
import { RANGE_CHOICES } from '../../src/domain/progress/range.ts';
import type { ChartKey } from '../../src/ui/charts/chart-names.ts';
import { CHART_TITLES, tableCaption } from '../../src/ui/charts/chart-names.ts';
import { chooseRange, isRangeChosen, rangeControl, waitForAllCharts } from '../bench/progress-page.ts';
import { progressContext, progressRecords } from '../bench/progress-records.ts';
import { buildHistory, DECADE_WITHOUT_JOURNAL, readHistoryContent, seedRows } from '../bench/seed-history.ts';
import { axeViolations } from './support/axe.ts';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';

const origin = inject('origin');
const TIME_ZONE = 'Europe/London';
const KEYS = Object.keys(CHART_TITLES) as ChartKey[];
/** The charts drawn as SVG (the weeks calendar is a grid of cells, drawn with the text). */
const DRAWN = ['trend', 'radar', 'gap', 'practice'] as const;
const SETTLE_MS = 30_000;

/** A table's column headings and its body's cells (row header first), as text; hidden tables included. */
interface TableText {
  headers: string[];
  rows: string[][];
}

function readTable(page: Page, key: ChartKey): Promise<TableText> {
  return page.getByRole('table', { name: tableCaption(key), includeHidden: true }).evaluate((table) => ({
    headers: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim() ?? '')),
  }));
}

/** A cell's number ("64", "1,234", "-3"), or null for words ("No score", "Not rated"). */
function numberIn(text: string): number | null {
  return /^-?[\d,]+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : null;
}

/** The one column whose heading matches; throws when none or several do. */
function column(table: TableText, heading: RegExp | ((text: string) => boolean), what: string): number {
  const matches = table.headers.flatMap((text, i) => ((typeof heading === 'function' ? heading(text) : heading.test(text)) ? [i] : []));
  if (matches.length !== 1) throw new Error(`${what}: ${matches.length} columns match among ${JSON.stringify(table.headers)}`);
  return matches[0]!;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a trend point goes in the table: its date, kind (pulse first), segment
 * and which of the same date, kind and segment it is in its series, so two
 * self-assessments on one day, or a week split by a version change, are two rows.
 */
function trendPointKeys(view: ProgressView): Array<{ key: string; column: number; value: number }> {
  const pad = (n: number) => String(n).padStart(6, '0');
  return view.trend.series.flatMap((series, column) =>
    (['pulse', 'assessment'] as const).flatMap((source) => {
      const seen = new Map<string, number>();
      return series[source].map((point) => {
        const place = `${point.date}|${source === 'pulse' ? 0 : 1}|${pad(point.segment)}`;
        const occurrence = seen.get(place) ?? 0;
        seen.set(place, occurrence + 1);
        return { key: `${place}|${pad(occurrence)}`, column, value: point.value };
      });
    }),
  );
}

/** The trend's points as the table lays them out: one row per date, kind, segment and occurrence, each series' value (null where it has none), oldest first, a pulse before a self-assessment. */
function expectedTrendRows(view: ProgressView): Array<Array<number | null>> {
  const rows = new Map<string, Array<number | null>>();
  for (const { key, column, value } of trendPointKeys(view)) {
    const row = rows.get(key) ?? view.trend.series.map(() => null);
    row[column] = value;
    rows.set(key, row);
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** The trend table's values, by the view's series labels (its column headings). */
async function trendTableRows(page: Page, view: ProgressView): Promise<Array<Array<number | null>>> {
  const table = await readTable(page, 'trend');
  const columns = view.trend.series.map((series) => table.headers.indexOf(series.label));
  if (columns.some((c) => c < 0)) throw new Error(`the trend table's headings ${JSON.stringify(table.headers)} do not name every series`);
  return table.rows.map((cells) => columns.map((c) => numberIn(cells[c] ?? '')));
}

type Cells = Array<Record<string, number | null>>;

/** Every table other than the trend's, read by its column headings (the view's own labels where it has them), against the view's values. */
async function otherTables(page: Page, view: ProgressView): Promise<{ actual: Record<string, Cells>; expected: Record<string, Cells> }> {
  const shapes = [view.radar.now, view.radar.then, view.radar.aspiration].flatMap((shape) => (shape ? [shape] : []));
  const months = new Map<string, { weeks: number; reflected: number; late: number }>();
  for (const week of [...view.weeks.weeks].sort((a, b) => a.weekOf.localeCompare(b.weekOf))) {
    const month = months.get(week.weekOf.slice(0, 7)) ?? { weeks: 0, reflected: 0, late: 0 };
    month.weeks += 1;
    if (week.status === 'reflected' || week.status === 'late') month.reflected += 1;
    if (week.status === 'late') month.late += 1;
    months.set(week.weekOf.slice(0, 7), month);
  }
  const parts = ['aim', 'actual', 'gap'] as const;
  const expected: Record<string, Cells> = {
    radar: shapes.length === 0 ? [] : ELEMENT_IDS.map((e) => Object.fromEntries(shapes.map((shape) => [shape.label, shape.values[e]]))),
    gap: view.gaps.points.map((p) => Object.fromEntries(ELEMENT_IDS.flatMap((e) => parts.map((part) => [`${e} ${part}`, p.byElement[e]?.[part] ?? null])))),
    practice: view.practice.buckets.map((b) => ({ minutes: b.minutes, sessions: b.sessions })),
    weeks: [...months.values()].map((m) => ({ weeks: m.weeks, reflected: m.reflected, late: m.late })),
  };
  const read = async (key: ChartKey, columns: (table: TableText) => Record<string, number>): Promise<Cells> => {
    if ((await page.getByRole('table', { name: tableCaption(key), includeHidden: true }).count()) === 0) return [];
    const table = await readTable(page, key);
    const at = columns(table);
    return table.rows.map((cells) => Object.fromEntries(Object.entries(at).map(([name, i]) => [name, numberIn(cells[i] ?? '')])));
  };
  const actual: Record<string, Cells> = {
    radar: await read('radar', (table) => Object.fromEntries(shapes.map((shape) => [shape.label, column(table, (text) => text.startsWith(shape.label), `radar ${shape.label}`)]))),
    gap: await read('gap', (table) =>
      Object.fromEntries(ELEMENT_IDS.flatMap((e) => parts.map((part) => [`${e} ${part}`, column(table, new RegExp(`^${escape(ELEMENT_NAMES[e])} ${part}$`, 'i'), `gap ${e} ${part}`)]))),
    ),
    practice: await read('practice', (table) => ({ minutes: column(table, /^minutes$/i, 'minutes'), sessions: column(table, /^sessions$/i, 'sessions') })),
    weeks: await read('weeks', (table) => ({ weeks: column(table, /^weeks$/i, 'weeks'), reflected: column(table, /^reflected$/i, 'reflected'), late: column(table, /late/i, 'late') })),
  };
  // The radar's rows are the four elements, in order.
  if (actual.radar!.length > 0) expect((await readTable(page, 'radar')).rows.map((cells) => cells[0])).toEqual(ELEMENT_IDS.map((e) => ELEMENT_NAMES[e]));
  return { actual, expected };
}

/** The range the screen shows (its control is checked or pressed). */
async function shownRange(page: Page): Promise<RangeChoice> {
  for (const choice of RANGE_CHOICES) if (await isRangeChosen(page, choice)) return choice;
  throw new Error('no range is shown as chosen');
}

describe('Progress on the seeded decade, offline', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  let records: ProgressRecords;

  /** The view the screen should show now: the same records, the browser's today, London time. */
  async function expectedView(choice: RangeChoice): Promise<ProgressView> {
    const now = await session.page.evaluate(() => Date.now());
    return buildProgressView(records, progressContext(new Date(now), TIME_ZONE), choice);
  }

  async function openProgress(): Promise<void> {
    await session.page.goto(origin + '/progress');
    await waitForAllCharts(session.page);
  }

  /** Waits until the trend table shows `view` (after a range change the screen redraws), then compares every table. */
  async function expectTablesToShow(view: ProgressView): Promise<void> {
    const { page } = session;
    await expect.poll(() => trendTableRows(page, view), { timeout: SETTLE_MS }).toEqual(expectedTrendRows(view));
    const { actual, expected } = await otherTables(page, view);
    expect(actual).toEqual(expected);
  }

  async function expectDrawn(view: ProgressView): Promise<void> {
    const { page } = session;
    for (const key of KEYS) {
      const figure = page.getByRole('figure', { name: CHART_TITLES[key] });
      await figure.waitFor();
      if (key === 'weeks') continue;
      await figure.getByText(view[key === 'gap' ? 'gaps' : key].summary, { exact: false }).first().waitFor();
    }
    for (const key of DRAWN) {
      const part = view[key === 'gap' ? 'gaps' : key];
      if (!part.enough.enough) continue;
      await page.getByRole('figure', { name: CHART_TITLES[key] }).locator('svg.recharts-surface').first().waitFor({ timeout: SETTLE_MS });
    }
  }

  beforeAll(async () => {
    session = await launch(userDataDir, { timezoneId: TIME_ZONE });
    const { page, context } = session;
    await page.goto(origin + '/');
    const now = await page.evaluate(() => Date.now());
    const history = buildHistory(readHistoryContent(), new Date(now), DECADE_WITHOUT_JOURNAL);
    records = progressRecords(history);
    await seedRows(page, origin, history);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
    expect(foreignRequests(session.requests, origin)).toEqual([]);
  });

  it('runs in London time, offline', async () => {
    const { page } = session;
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(TIME_ZONE);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('opens with every chart drawn that has enough to draw, its summary, and tables holding the domain’s values', async () => {
    await openProgress();
    const view = await expectedView(await shownRange(session.page));
    await expectDrawn(view);
    await expectTablesToShow(view);
  });

  it('shows the last year with the domain’s method lines and statements of change', async () => {
    const { page } = session;
    await chooseRange(page, 'year');
    const view = await expectedView('year');
    expect(view.trend.enough.enough).toBe(true);
    await expectTablesToShow(view);
    for (const method of [view.trend.method, view.gaps.method, view.practice.method]) await page.getByText(method, { exact: false }).first().waitFor();
    expect(view.changes.length).toBeGreaterThan(0);
    for (const change of view.changes) await page.getByText(change.text).first().waitFor();
  });

  it('shows all time as one view, a table row for every point of the trend, across the version boundary', async () => {
    const { page } = session;
    await chooseRange(page, 'all');
    const view = await expectedView('all');
    const points = new Set(trendPointKeys(view).map((point) => point.key));
    await expect.poll(async () => (await readTable(page, 'trend')).rows.length, { timeout: SETTLE_MS }).toBe(points.size);
    expect(view.trend.boundaries.some((b) => !b.scoresComparable)).toBe(true);
    await expectTablesToShow(view);
  });

  it('reaches this time last year in one tap', async () => {
    const { page } = session;
    await rangeControl(page, 'last-year').click();
    await expectTablesToShow(await expectedView('last-year'));
    // Back to all time, the heaviest range, for the checks below (the screen remembers it).
    await chooseRange(page, 'all');
    await expectTablesToShow(await expectedView('all'));
  });

  it('has zero axe-core violations in light and dark mode, with every chart drawn', async () => {
    const { page } = session;
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await openProgress();
      await expectDrawn(await expectedView(await shownRange(page)));
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('never scrolls sideways at 320 px wide, with every chart drawn', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await openProgress();
      await expectDrawn(await expectedView(await shownRange(page)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await page.setViewportSize({ width: 1024, height: 768 });
    }
  });
});
