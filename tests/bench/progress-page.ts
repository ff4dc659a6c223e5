/**
 * The Progress screen from outside, shared by the bench (measure-progress.ts)
 * and the browser test (tests/e2e/progress.spec.ts): choosing a range as a
 * leader would (the control named by RANGE_LABELS, a radio or a pressed
 * button), waiting for every chart to be drawn (PROGRESS_MARKS.allCharts),
 * and the floor: the same series as the recharts drawings, drawn as bare SVG
 * paths by a small script in the page, timed there.
 *
 * The floor draws what the recharts charts draw, from the view the domain
 * computes: the trend's four element pulse lines (broken at each segment)
 * with each self-assessment as a marker, the radar's shapes on four axes,
 * the presence gap per element as lines, and the practice minutes as bars.
 * Each `d` attribute is built by hand in the page, then the SVGs are added
 * and the layout forced; its time is that one synchronous task.
 */
import type { Locator, Page } from 'playwright-core';
import type { ElementId } from '../../src/domain/elements/element-ids.ts';
import { ELEMENT_IDS } from '../../src/domain/elements/element-ids.ts';
import type { ProgressView, RangeChoice } from '../../src/domain/progress/progress-types.ts';
import { RANGE_LABELS } from '../../src/domain/progress/range.ts';
import { PROGRESS_MARKS } from '../../src/ui/charts/chart-names.ts';
import { WAIT_MS } from './bench-browser.ts';

/** The control that chooses a range: a radio in the "Show" group, or a button pressed when chosen. */
export function rangeControl(page: Page, choice: RangeChoice): Locator {
  const name = RANGE_LABELS[choice];
  return page.getByRole('radio', { name, exact: true }).or(page.getByRole('button', { name, exact: true }));
}

/** Whether the range's control says it is chosen (checked, or aria-pressed). */
export async function isRangeChosen(page: Page, choice: RangeChoice): Promise<boolean> {
  const control = rangeControl(page, choice);
  const role = await control.evaluate((el) => (el instanceof HTMLInputElement && el.type === 'radio' ? 'radio' : 'button'));
  return role === 'radio' ? control.isChecked() : (await control.getAttribute('aria-pressed')) === 'true';
}

/** Chooses a range with one tap and waits until its control says so. */
export async function chooseRange(page: Page, choice: RangeChoice): Promise<void> {
  await rangeControl(page, choice).click();
  for (const until = Date.now() + WAIT_MS; !(await isRangeChosen(page, choice)); ) {
    if (Date.now() > until) throw new Error(`the range "${RANGE_LABELS[choice]}" was tapped but never shown as chosen`);
    await page.waitForTimeout(50);
  }
}

/** Waits for the page's PROGRESS_MARKS entry `mark` (a new one after `after` entries already there). */
export async function waitForMark(page: Page, mark: string, after = 0): Promise<void> {
  await page.waitForFunction(([name, n]) => performance.getEntriesByName(name as string).length > (n as number), [mark, after] as const, { timeout: WAIT_MS, polling: 50 });
}

export const waitForAllCharts = (page: Page, after = 0): Promise<void> => waitForMark(page, PROGRESS_MARKS.allCharts, after);

/** The series of a view, as plain numbers for the floor (x in ms since 1970, y on its chart's scale). */
export interface FloorInput {
  width: number;
  height: number;
  /** The trend's pulse lines and the gap's lines: a new segment starts a new subpath. */
  lines: { chart: 'trend' | 'gap'; points: { x: number; y: number; segment: number }[] }[];
  /** The self-assessments on the trend, one set per element. */
  markers: { x: number; y: number }[][];
  /** The radar's shapes (now, then, aspiration), four values 0–100 each. */
  radar: number[][];
  /** Practice minutes per bucket. */
  bars: { x: number; y: number }[];
}

const ms = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const isElement = (id: string): id is ElementId => (ELEMENT_IDS as readonly string[]).includes(id);

export function floorInput(view: ProgressView, width = 900, height = 260): FloorInput {
  const elements = view.trend.series.filter((s) => isElement(s.id));
  const lines: FloorInput['lines'] = elements.map((s) => ({ chart: 'trend', points: s.pulse.map((p) => ({ x: ms(p.date), y: p.value, segment: p.segment })) }));
  for (const element of ELEMENT_IDS) {
    const points = view.gaps.points.flatMap((p) => {
      const value = p.byElement[element];
      return value ? [{ x: ms(p.date), y: value.gap, segment: p.segment }] : [];
    });
    lines.push({ chart: 'gap', points });
  }
  const shapes = [view.radar.now, view.radar.then, view.radar.aspiration].flatMap((shape) => (shape ? [ELEMENT_IDS.map((e) => shape.values[e] ?? 0)] : []));
  return {
    width,
    height,
    lines,
    markers: elements.map((s) => s.assessment.map((p) => ({ x: ms(p.date), y: p.value }))),
    radar: shapes,
    bars: view.practice.buckets.map((b) => ({ x: ms(b.date), y: b.minutes })),
  };
}

/** How many values the floor plots. */
export function floorPoints(input: FloorInput): number {
  return input.lines.reduce((n, l) => n + l.points.length, 0) + input.markers.reduce((n, m) => n + m.length, 0) + input.radar.length * 4 + input.bars.length;
}

/**
 * Runs in the page (as a string: see bench-browser.ts on `__name`): builds
 * four SVGs (trend, radar, gap, practice) with every path's `d` made by
 * hand, adds them to the body, forces layout, and returns the milliseconds
 * that took, and how many paths it drew.
 */
const FLOOR_IN_PAGE = `(input) => {
  const start = performance.now();
  const ns = 'http://www.w3.org/2000/svg';
  const W = input.width, H = input.height, pad = 30;
  const all = [].concat(...input.lines.map((l) => l.points), ...input.markers, input.bars);
  const xs = all.map((p) => p.x);
  const x0 = Math.min(...xs), x1 = Math.max(...xs);
  const sx = (x) => pad + ((x - x0) / Math.max(1, x1 - x0)) * (W - 2 * pad);
  const scaleY = (max) => (y) => H - pad - (y / max) * (H - 2 * pad);
  const svg = (label) => {
    const el = document.createElementNS(ns, 'svg');
    el.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    el.setAttribute('width', String(W));
    el.setAttribute('height', String(H));
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', label);
    return el;
  };
  const path = (parent, d, stroke, fill, dash) => {
    const el = document.createElementNS(ns, 'path');
    el.setAttribute('d', d);
    el.setAttribute('stroke', stroke);
    el.setAttribute('fill', fill);
    if (dash) el.setAttribute('stroke-dasharray', dash);
    parent.appendChild(el);
  };
  const colours = ['#1b5e9e', '#8a4b00', '#2e7d32', '#6a1b9a'];
  const dashes = ['', '6 3', '2 3', '8 3 2 3'];
  const lineD = (points, y) => points.map((p, i) => (i === 0 || p.segment !== points[i - 1].segment ? 'M' : 'L') + sx(p.x).toFixed(1) + ' ' + y(p.y).toFixed(1)).join('');
  const frame = document.createElement('div');
  let paths = 0;
  const trend = svg('trend'), gap = svg('gap'), radar = svg('radar'), practice = svg('practice');
  const y100 = scaleY(100);
  const gapMax = Math.max(1, ...input.lines.filter((l) => l.chart === 'gap').flatMap((l) => l.points.map((p) => p.y)));
  const yGap = scaleY(gapMax);
  let t = 0, g = 0;
  for (const line of input.lines) {
    if (line.chart === 'trend') { path(trend, lineD(line.points, y100), colours[t % 4], 'none', dashes[t % 4]); t++; }
    else { path(gap, lineD(line.points, yGap), colours[g % 4], 'none', dashes[g % 4]); g++; }
    paths++;
  }
  input.markers.forEach((points, i) => {
    path(trend, points.map((p) => 'M' + (sx(p.x) - 3).toFixed(1) + ' ' + (y100(p.y) - 3).toFixed(1) + 'h6v6h-6Z').join(''), colours[i % 4], colours[i % 4]);
    paths++;
  });
  const cx = W / 2, cy = H / 2, r = H / 2 - pad;
  path(radar, [0, 1, 2, 3].map((i) => 'M' + cx + ' ' + cy + 'L' + (cx + r * Math.sin((i * Math.PI) / 2)).toFixed(1) + ' ' + (cy - r * Math.cos((i * Math.PI) / 2)).toFixed(1)).join(''), '#555', 'none');
  paths++;
  input.radar.forEach((values, s) => {
    path(radar, values.map((v, i) => (i === 0 ? 'M' : 'L') + (cx + (r * v / 100) * Math.sin((i * Math.PI) / 2)).toFixed(1) + ' ' + (cy - (r * v / 100) * Math.cos((i * Math.PI) / 2)).toFixed(1)).join('') + 'Z', colours[s % 4], 'none', dashes[s % 4]);
    paths++;
  });
  const barMax = Math.max(1, ...input.bars.map((b) => b.y));
  const yBar = scaleY(barMax);
  const barW = Math.max(1, (W - 2 * pad) / Math.max(1, input.bars.length) - 1);
  path(practice, input.bars.map((b) => 'M' + (sx(b.x) - barW / 2).toFixed(1) + ' ' + (H - pad) + 'V' + yBar(b.y).toFixed(1) + 'h' + barW.toFixed(1) + 'V' + (H - pad) + 'Z').join(''), 'none', '#1b5e9e');
  paths++;
  frame.append(trend, radar, gap, practice);
  document.body.appendChild(frame);
  frame.getBoundingClientRect();
  document.body.offsetHeight;
  return { ms: performance.now() - start, paths, svgs: frame.querySelectorAll('svg').length };
}`;

export interface FloorResult {
  ms: number;
  paths: number;
  svgs: number;
}

/** Draws the floor on `page` (which should be a blank page at the throttle being measured) and returns its time. */
export async function drawFloor(page: Page, input: FloorInput): Promise<FloorResult> {
  return (await page.evaluate(`(${FLOOR_IN_PAGE})(${JSON.stringify(input)})`)) as FloorResult;
}
