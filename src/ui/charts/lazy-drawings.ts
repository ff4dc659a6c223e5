/**
 * The drawings, each loaded with a dynamic import() the first time a chart
 * needs it: these modules are the only ones that import recharts, so the
 * chart library is a chunk of its own that only screens drawing charts load
 * (and the service worker precaches for offline use). `preload` starts the
 * load early, while the chart's text renders, without drawing anything.
 */
import type { ComponentType } from 'react';
import { lazy } from 'react';
import type { GapDrawingProps } from './drawings/gap-drawing.tsx';
import type { PracticeDrawingProps } from './drawings/practice-drawing.tsx';
import type { RadarDrawingProps } from './drawings/radar-drawing.tsx';
import type { TrendDrawingProps } from './drawings/trend-drawing.tsx';

interface Loadable<P> {
  Drawing: ComponentType<P>;
  preload: () => void;
}

function loadable<P>(load: () => Promise<ComponentType<P>>): Loadable<P> {
  let started: Promise<ComponentType<P>> | undefined;
  const once = () => (started ??= load());
  return {
    Drawing: lazy(() => once().then((component) => ({ default: component }))),
    preload: () => void once().catch(() => undefined),
  };
}

export const trendDrawing = loadable<TrendDrawingProps>(() => import('./drawings/trend-drawing.tsx').then((m) => m.TrendDrawing));
export const radarDrawing = loadable<RadarDrawingProps>(() => import('./drawings/radar-drawing.tsx').then((m) => m.RadarDrawing));
export const gapDrawing = loadable<GapDrawingProps>(() => import('./drawings/gap-drawing.tsx').then((m) => m.GapDrawing));
export const practiceDrawing = loadable<PracticeDrawingProps>(() => import('./drawings/practice-drawing.tsx').then((m) => m.PracticeDrawing));
