/**
 * The box every drawing sits in: the full width of its chart and the height
 * charts.css gives .chart__plot (260 px, 220 px below 25rem). It measures the
 * box as it mounts, so the first commit already draws at the right size, and
 * it tells the draw queue once that commit is done. Where nothing can be
 * measured (jsdom, no ResizeObserver) it keeps `initialSize`.
 */
import type { ReactElement } from 'react';
import { useEffect } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface PlotSize {
  width: number;
  height: number;
}

export const DEFAULT_PLOT_SIZE: PlotSize = { width: 640, height: 260 };

export function PlotContainer({ onDrawn, initialSize = DEFAULT_PLOT_SIZE, children }: { onDrawn: () => void; initialSize?: PlotSize; children: ReactElement }) {
  useEffect(() => {
    onDrawn();
  }, [onDrawn]);
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
      {children}
    </ResponsiveContainer>
  );
}

/** Margins that leave room for the axes' labels without running off a 320 px screen. */
export const PLOT_MARGIN = { top: 12, right: 12, bottom: 4, left: -16 };

export const AXIS_TICK = { fill: 'var(--muted)', fontSize: 12 };
