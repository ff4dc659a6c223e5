/**
 * The recharts drawings at a fixed size (jsdom measures nothing, so each
 * keeps its initial size): a line per visible series, broken between each stretch of
 * comparable versions (never one line across a change), a marker per
 * self-assessment, the version lines, a shape per radar series, a bar per
 * bucket, and a signal to the draw queue once committed.
 */
import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ELEMENT_IDS } from '../../../domain/elements/element-ids.ts';
import { SERIES_STYLES } from '../series-styles.ts';
import { gapView, practiceView, trendView } from '../testing/fixtures.ts';
import { GapDrawing } from './gap-drawing.tsx';
import { PracticeDrawing } from './practice-drawing.tsx';
import { RadarDrawing } from './radar-drawing.tsx';
import { TrendDrawing } from './trend-drawing.tsx';

const SIZE = { width: 600, height: 260 };

describe('TrendDrawing', () => {
  it('draws each visible series as one line per stretch of comparable versions, and each self-assessment as a marker', async () => {
    const view = trendView();
    const elements = view.series.filter((s) => s.id !== 'overall');
    const onDrawn = vi.fn();
    const { container } = render(<TrendDrawing series={elements} boundaries={view.boundaries} activeDate={null} onDrawn={onDrawn} initialSize={SIZE} />);
    for (const series of elements) {
      const segments = new Set(series.pulse.map((p) => p.segment)).size;
      // One line per series, broken between stretches: each stretch starts with its own move-to.
      const paths = container.querySelectorAll(`.trend-line--${series.id} path.recharts-curve`);
      expect(paths).toHaveLength(1);
      expect(paths[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(segments);
      expect(container.querySelectorAll(`.trend-points--${series.id} .recharts-symbols`)).toHaveLength(series.assessment.length);
    }
    expect(container.querySelectorAll('.trend-line--overall')).toHaveLength(0);
    expect(container.querySelectorAll('.chart-boundary line')).toHaveLength(view.boundaries.length);
    expect(container.querySelector('.chart-focus')).toBeNull();
    await waitFor(() => expect(onDrawn).toHaveBeenCalledTimes(1));
  });

  it('draws each line whole at once (no animation), in its own colour and dash', () => {
    const view = trendView();
    const { container } = render(<TrendDrawing series={view.series} boundaries={[]} activeDate={null} onDrawn={() => {}} initialSize={SIZE} />);
    for (const series of view.series) {
      const path = container.querySelector(`.trend-line--${series.id} path.recharts-curve`)!;
      expect(path.getAttribute('stroke')).toBe(SERIES_STYLES[series.id].colour);
      expect(path.getAttribute('stroke-dasharray')).toBe(SERIES_STYLES[series.id].dash ?? null);
    }
  });

  it('has drawn its lines by the time it tells the draw queue', async () => {
    const view = trendView();
    const seen: number[] = [];
    render(<TrendDrawing series={view.series} boundaries={[]} activeDate={null} onDrawn={() => seen.push(document.querySelectorAll('path.recharts-curve').length)} initialSize={SIZE} />);
    await waitFor(() => expect(seen).toEqual([view.series.length]));
  });

  it('marks the date the keyboard is on', () => {
    const view = trendView();
    const { container } = render(<TrendDrawing series={view.series} boundaries={[]} activeDate="2026-02-01" onDrawn={() => {}} initialSize={SIZE} />);
    expect(container.querySelectorAll('.chart-focus line')).toHaveLength(1);
  });
});

describe('GapDrawing', () => {
  it('draws a line with markers for each element', () => {
    const view = gapView();
    const { container } = render(<GapDrawing points={view.points} boundaries={[]} activeDate={null} onDrawn={() => {}} initialSize={SIZE} />);
    for (const id of ELEMENT_IDS) expect(container.querySelectorAll(`.gap-line--${id} path.recharts-curve`)).toHaveLength(1);
  });
});

describe('RadarDrawing', () => {
  it('draws one shape for each of then, now and the aim', () => {
    const rows = ELEMENT_IDS.map((id, index) => ({ element: id, now: 60 + index, then: 50 + index, aspiration: 80 }));
    const { container } = render(<RadarDrawing rows={rows} shapes={['now', 'then', 'aspiration']} activeIndex={null} onDrawn={() => {}} initialSize={SIZE} />);
    for (const shape of ['now', 'then', 'aspiration']) expect(container.querySelectorAll(`.radar-shape--${shape} .recharts-polygon`).length).toBeGreaterThan(0);
  });
});

describe('PracticeDrawing', () => {
  it('draws a bar for each bucket with minutes', () => {
    const view = practiceView();
    const { container } = render(<PracticeDrawing buckets={view.buckets} activeIndex={null} onDrawn={() => {}} initialSize={SIZE} />);
    expect(container.querySelectorAll('.practice-bars .recharts-rectangle')).toHaveLength(view.buckets.filter((b) => b.minutes > 0).length);
  });
});
