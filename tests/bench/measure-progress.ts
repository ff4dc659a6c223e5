/**
 * The Progress screen on the seeded decade (issue 12), one Chromium run per
 * sample, on the seeded profile with 'All time' chosen (the heaviest range;
 * the screen remembers it, so the measured load shows it):
 *
 * - load `/progress` once, not measured (the chart chunk comes from the
 *   service worker's cache, as for a returning user); then throttle and load
 *   it again. From navigation start, the startTime of the screen's marks:
 *   PROGRESS_MARKS.summaries (text, summaries and tables shown),
 *   firstChart and allCharts;
 * - the longest main-thread task between navigation start and allCharts,
 *   from a PerformanceObserver for 'longtask' (buffered) added before the
 *   app's scripts run; 0 when no task took over 50 ms (the long-task API's floor);
 * - the floor, in the same run at the same throttle: the page is emptied
 *   (setContent, the same document and CPU throttle) and the same series
 *   are drawn as bare SVG paths (progress-page.ts), timed in the page; and
 *   the reference drawing, four lines of every pulse (520 points)
 *   plus the radar, the same way.
 *
 * Also, from dist/ with no browser: the chart chunk, the built chunk(s)
 * holding recharts (found by a string only recharts has) with their static
 * imports that are not in the first screen, plus the chunks that import them
 * directly (the drawings), gzip level 9, and whether the service worker
 * precaches each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readManifest, sizeOfFiles } from '../../scripts/first-screen-size.ts';
import type { ElementId } from '../../src/domain/elements/element-ids.ts';
import { ELEMENT_IDS } from '../../src/domain/elements/element-ids.ts';
import type { ProgressRecords } from '../../src/domain/progress/progress-types.ts';
import { ASSESSMENT_ID, PULSE_ID } from '../../src/domain/progress/progress-types.ts';
import { scoreResponse } from '../../src/domain/scoring/score-response.ts';
import { CHART_TITLES, PROGRESS_MARKS } from '../../src/ui/charts/chart-names.ts';
import type { Rate } from './bench-browser.ts';
import { entryStartTime, throttle, withBrowser } from './bench-browser.ts';
import { precacheUrls } from './measure-sizes.ts';
import type { FloorInput, FloorResult } from './progress-page.ts';
import { chooseRange, drawFloor, isRangeChosen, waitForAllCharts } from './progress-page.ts';

export interface ProgressRun {
  summariesMs: number;
  firstChartMs: number;
  allChartsMs: number;
  /** The longest task before allCharts; 0 when none took over 50 ms. */
  longestTaskMs: number;
  longTasks: number;
  floor: FloorResult;
  floorRaw: FloorResult;
}

/** Notes every long task from the start of the document (a string: see bench-browser.ts on `__name`). */
const LONG_TASKS = `(() => {
  window.__attuneLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__attuneLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Chooses 'All time' on the seeded profile once, so every measured load
 * shows the decade (the screen remembers the range); returns the browser's
 * clock and time zone, for computing the same view in node.
 */
export async function chooseAllTime(origin: string, seededDir: string): Promise<{ now: number; timeZone: string }> {
  return withBrowser(seededDir, async ({ page }) => {
    await page.goto(origin + '/progress');
    await waitForAllCharts(page);
    await chooseRange(page, 'all');
    // The choice is saved in the profile's preferences with no mark to wait for: give the write a second, then reload to check it was kept.
    await page.waitForTimeout(1000);
    await page.reload();
    await waitForAllCharts(page);
    if (!(await isRangeChosen(page, 'all'))) throw new Error('the Progress screen did not remember "All time"');
    return page.evaluate(() => ({ now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
  });
}

async function assertFigures(page: Page, label: string): Promise<void> {
  for (const title of Object.values(CHART_TITLES)) {
    if (!(await page.getByRole('figure', { name: title }).isVisible())) throw new Error(`${label}: no figure "${title}" at ${page.url()}`);
  }
}

export async function progressRun(origin: string, seededDir: string, floor: FloorInput, floorRaw: FloorInput, rate: Rate, run: number): Promise<ProgressRun> {
  const label = `progress x${rate} run ${run}`;
  return withBrowser(seededDir, async ({ context, page }) => {
    await page.goto(origin + '/progress');
    await entryStartTime(page, PROGRESS_MARKS.allCharts, `${label} (first load)`);
    await page.addInitScript(LONG_TASKS);
    await throttle(context, page, rate);
    await page.goto(origin + '/progress');
    const summariesMs = await entryStartTime(page, PROGRESS_MARKS.summaries, label);
    const firstChartMs = await entryStartTime(page, PROGRESS_MARKS.firstChart, label);
    const allChartsMs = await entryStartTime(page, PROGRESS_MARKS.allCharts, label);
    const tasks = (await page.evaluate('window.__attuneLongTasks')) as [number, number][];
    const before = tasks.filter(([start]) => start < allChartsMs).map(([, duration]) => duration);
    await assertFigures(page, label);
    // The floor: the same document emptied, at the same throttle.
    await page.setContent('<!doctype html><html lang="en-GB"><head><title>floor</title></head><body></body></html>');
    const floorResult = await drawFloor(page, floor);
    await page.setContent('<!doctype html><html lang="en-GB"><head><title>floor</title></head><body></body></html>');
    const floorRawResult = await drawFloor(page, floorRaw);
    return { summariesMs, firstChartMs, allChartsMs, longestTaskMs: Math.max(0, ...before), longTasks: before.length, floor: floorResult, floorRaw: floorRawResult };
  });
}

/** The reference drawing: four lines of every pulse's element scores (no aggregation), and the first and latest self-assessments as the radar. */
export function rawFloorInput(records: ProgressRecords, width = 900, height = 260): FloorInput {
  const byDate = (id: string) => records.responses.filter((r) => r.questionnaireId === id).sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const scores = (id: string) =>
    byDate(id).map((r) => ({ x: Date.parse(r.completedAt), values: Object.fromEntries(scoreResponse(r).sections.map((s) => [s.elementId, s.score])) as Partial<Record<ElementId, number | null>> }));
  const pulses = scores(PULSE_ID);
  const assessments = scores(ASSESSMENT_ID);
  const radar = [assessments[0], assessments.at(-1)].flatMap((a) => (a ? [ELEMENT_IDS.map((e) => a.values[e] ?? 0)] : []));
  return {
    width,
    height,
    lines: ELEMENT_IDS.map((e) => ({ chart: 'trend' as const, points: pulses.map((p) => ({ x: p.x, y: p.values[e] ?? 0, segment: 0 })) })),
    markers: [],
    radar,
    bars: [],
  };
}

/** A string only recharts' code holds (the class of its chart surface), to find its chunk in dist/. */
export const RECHARTS_MARKER = 'recharts-surface';

export interface ChartChunkReport {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  /** Each file is in the service worker's precache (for offline use). */
  precached: boolean;
  /** The chunks found by RECHARTS_MARKER. */
  holdingRecharts: string[];
  /** The chunks that import those directly (the charts' drawing modules and recharts' own split-off parts); the rest of `files` are what the recharts chunks import. The drawings' other imports (code shared with the screen) are not counted. */
  drawings: string[];
}

function collect(manifest: ReturnType<typeof readManifest>, keys: readonly string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    collect(manifest, manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

/**
 * The chart chunk's size: every built chunk holding RECHARTS_MARKER and
 * what it imports statically, less what the first screen already loads,
 * plus the chunks that import one directly (the drawings).
 * @throws Error when no chunk holds recharts (the charts are not built in).
 */
export function chartChunkSize(dist: string): ChartChunkReport {
  const manifest = readManifest(dist);
  const firstScreen = collect(manifest, ['index.html']);
  const holding = Object.keys(manifest).filter((key) => {
    const file = manifest[key]!.file;
    return file.endsWith('.js') && readFileSync(join(dist, file), 'utf8').includes(RECHARTS_MARKER);
  });
  if (holding.length === 0) throw new Error(`no chunk in ${dist} holds "${RECHARTS_MARKER}": is recharts built in?`);
  const inFirstScreen = holding.filter((key) => firstScreen.has(key));
  if (inFirstScreen.length > 0) throw new Error(`recharts is in the first screen: ${inFirstScreen.map((key) => manifest[key]!.file).join(', ')}`);
  // The drawings: the chunks that import recharts' chunk directly (each chart's drawing module).
  const drawings = Object.keys(manifest).filter((key) => !holding.includes(key) && (manifest[key]!.imports ?? []).some((i) => holding.includes(i)));
  const keys = [...new Set([...collect(manifest, holding), ...drawings])].filter((key) => !firstScreen.has(key));
  const files = keys.map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
  const precache = new Set(precacheUrls(dist));
  return {
    ...sizeOfFiles(dist, files),
    precached: files.every((file) => precache.has(file)),
    holdingRecharts: holding.map((key) => manifest[key]!.file),
    drawings: drawings.map((key) => manifest[key]!.file),
  };
}
