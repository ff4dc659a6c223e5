/**
 * The bench's Progress helpers without a browser: finding the chart chunk
 * in a build, and the floor's series taken from a view.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../src/domain/elements/element-ids.ts';
import { buildProgressView } from '../../src/domain/progress/progress-view.ts';
import { chartChunkSize, RECHARTS_MARKER } from './measure-progress.ts';
import { floorInput } from './progress-page.ts';
import { progressContext, progressRecords } from './progress-records.ts';
import { buildHistory, readHistoryContent } from './seed-history.ts';

let dist: string | null = null;

afterEach(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
  dist = null;
});

/** A small build: files by name with their text, the manifest's chunks, and the precached URLs. */
function fakeDist(files: Record<string, string>, manifest: Record<string, { file: string; imports?: string[] }>, precached: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'attune-bench-dist-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'assets', name), text);
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'sw.js'), precached.map((url) => `{url:"${url}",revision:null}`).join(','));
  return dir;
}

const FILES = {
  'entry.js': 'app',
  'shared.js': 'react',
  'charts.js': `class="${RECHARTS_MARKER}"`,
  'helper.js': 'recharts helper',
  'drawing.js': 'a drawing',
  'screen.js': 'the screen',
};
const MANIFEST = {
  'index.html': { file: 'assets/entry.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js' },
  '_charts.js': { file: 'assets/charts.js', imports: ['_shared.js', '_helper.js'] },
  '_helper.js': { file: 'assets/helper.js' },
  'src/ui/charts/drawings/trend-drawing.tsx': { file: 'assets/drawing.js', imports: ['_charts.js', 'src/features/progress/progress-screen.tsx'] },
  'src/features/progress/progress-screen.tsx': { file: 'assets/screen.js', imports: ['_shared.js'] },
};

describe('chartChunkSize', () => {
  it('counts the chunk holding recharts, its imports outside the first screen and the drawings that import it, not the screen', () => {
    const all = Object.values(MANIFEST).map((c) => c.file);
    dist = fakeDist(FILES, MANIFEST, all);
    const report = chartChunkSize(dist);
    expect(report.files.sort()).toEqual(['assets/charts.js', 'assets/drawing.js', 'assets/helper.js']);
    expect(report.holdingRecharts).toEqual(['assets/charts.js']);
    expect(report.drawings).toEqual(['assets/drawing.js']);
    expect(report.rawBytes).toBe(FILES['charts.js'].length + FILES['helper.js'].length + FILES['drawing.js'].length);
    expect(report.precached).toBe(true);
  });

  it('says when a chart file is not precached', () => {
    dist = fakeDist(FILES, MANIFEST, ['assets/entry.js', 'assets/charts.js']);
    expect(chartChunkSize(dist).precached).toBe(false);
  });

  it('fails when no chunk holds recharts, or when the first screen does', () => {
    dist = fakeDist({ ...FILES, 'charts.js': 'no charts' }, MANIFEST, []);
    expect(() => chartChunkSize(dist!)).toThrow(/no chunk .* holds "recharts-surface"/);
    rmSync(dist, { recursive: true, force: true });
    dist = fakeDist(FILES, { ...MANIFEST, 'index.html': { file: 'assets/entry.js', imports: ['_shared.js', '_charts.js'] } }, []);
    expect(() => chartChunkSize(dist!)).toThrow(/recharts is in the first screen: assets\/charts.js/);
  });
});

describe('floorInput', () => {
  it('takes every plotted series of the view: pulse lines with their segments, assessments as markers, gaps, radar shapes and practice bars', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const view = buildProgressView(progressRecords(buildHistory(readHistoryContent(), now)), progressContext(now, 'Europe/London'), 'all');
    const input = floorInput(view);
    const elements = view.trend.series.filter((s) => s.id !== 'overall');
    const trendLines = input.lines.filter((l) => l.chart === 'trend');
    expect(trendLines.map((l) => l.points.map((p) => p.y))).toEqual(elements.map((s) => s.pulse.map((p) => p.value)));
    expect(new Set(trendLines[0]!.points.map((p) => p.segment)).size).toBe(2);
    expect(input.markers.map((m) => m.length)).toEqual(elements.map((s) => s.assessment.length));
    expect(input.lines.filter((l) => l.chart === 'gap').map((l) => l.points.length)).toEqual(ELEMENT_IDS.map(() => view.gaps.points.length));
    expect(input.radar).toHaveLength([view.radar.now, view.radar.then, view.radar.aspiration].filter(Boolean).length);
    expect(input.bars.map((b) => b.y)).toEqual(view.practice.buckets.map((b) => b.minutes));
  });
});
