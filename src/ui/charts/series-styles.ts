/**
 * How each series looks, so colour never carries meaning alone: every
 * element has its own colour (a CSS custom property from charts.css, set for
 * light and dark), its own dash pattern for lines and its own marker shape
 * for points. The legend and the drawings read the same table.
 */
import type { SeriesId } from '../../domain/progress/progress-types.ts';

/** The marker shapes the drawings and the legend share (recharts' symbol names). */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star';

export interface SeriesStyle {
  colour: string;
  /** An SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  marker: MarkerShape;
}

export const SERIES_STYLES: Record<SeriesId, SeriesStyle> = {
  attending: { colour: 'var(--chart-attending)', dash: undefined, marker: 'circle' },
  understanding: { colour: 'var(--chart-understanding)', dash: '8 4', marker: 'square' },
  empathising: { colour: 'var(--chart-empathising)', dash: '2 3', marker: 'triangle' },
  helping: { colour: 'var(--chart-helping)', dash: '10 3 2 3', marker: 'diamond' },
  overall: { colour: 'var(--chart-overall)', dash: '14 4', marker: 'star' },
};

/** The three shapes of the radar: then, now and the leader's aim. */
export type RadarShapeKey = 'then' | 'now' | 'aspiration';

export const RADAR_STYLES: Record<RadarShapeKey, { colour: string; dash: string | undefined; fillOpacity: number }> = {
  now: { colour: 'var(--chart-now)', dash: undefined, fillOpacity: 0.3 },
  then: { colour: 'var(--chart-then)', dash: '6 4', fillOpacity: 0.1 },
  aspiration: { colour: 'var(--chart-aim)', dash: '2 3', fillOpacity: 0 },
};
