/**
 * A chart's key in HTML, drawn before any chart code loads: for each series
 * a short stretch of its line (with its dash) and its marker shape, then its
 * name. The pictures are decorative; the names are the text.
 */
import type { SeriesId } from '../../domain/progress/progress-types.ts';
import type { MarkerShape } from './series-styles.ts';
import { SERIES_STYLES } from './series-styles.ts';

/** The marker shapes as SVG paths on a 12 × 12 box centred on (6, 6). */
const MARKER_PATHS: Record<MarkerShape, string> = {
  circle: 'M6 1.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z',
  square: 'M2 2h8v8h-8z',
  triangle: 'M6 1l5 9h-10z',
  diamond: 'M6 0.5l5.5 5.5l-5.5 5.5l-5.5-5.5z',
  star: 'M6 0.5l1.6 3.6l3.9 0.4l-2.9 2.6l0.8 3.9l-3.4-2l-3.4 2l0.8-3.9l-2.9-2.6l3.9-0.4z',
};

export function SeriesSample({ id, line = true, marker = true }: { id: SeriesId; line?: boolean; marker?: boolean }) {
  const style = SERIES_STYLES[id];
  return (
    <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
      {line && <line x1="1" y1="7" x2="39" y2="7" stroke={style.colour} strokeWidth={id === 'overall' ? 3 : 2} strokeDasharray={style.dash} />}
      {marker && <path d={MARKER_PATHS[style.marker]} transform="translate(14 1)" fill={style.colour} />}
    </svg>
  );
}

export interface LegendItem {
  id: SeriesId;
  label: string;
}

export function SeriesLegend({ items, line = true, marker = true }: { items: readonly LegendItem[]; line?: boolean; marker?: boolean }) {
  return (
    <ul className="chart__legend" aria-label="Key">
      {items.map((item) => (
        <li key={item.id}>
          <SeriesSample id={item.id} line={line} marker={marker} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
