/**
 * Then and now, drawn with recharts: four axes (the elements) and up to three
 * shapes, told apart by dash and fill as well as colour: now (solid, filled),
 * then (dashed, lightly filled) and the leader's aim (dotted, no fill). The
 * element the keyboard is on gets larger points. No animation.
 */
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import type { RadarShapeKey } from '../series-styles.ts';
import { RADAR_STYLES } from '../series-styles.ts';
import type { PlotSize } from './plot-container.tsx';
import { AXIS_TICK, PlotContainer } from './plot-container.tsx';

export interface RadarAxisRow {
  element: string;
  then?: number;
  now?: number;
  aspiration?: number;
}

export interface RadarDrawingProps {
  rows: readonly RadarAxisRow[];
  shapes: readonly RadarShapeKey[];
  /** The element (row) the keyboard is on, or null. */
  activeIndex: number | null;
  onDrawn: () => void;
  initialSize?: PlotSize;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  cy?: number | string;
  payload?: { value?: string };
}

/**
 * An axis's name, kept within the chart's width so it is never cut off on a
 * 320 px screen: the axes run diagonally (the first at the top right), and
 * each name is centred above (or below) the end of its axis, clear of the shapes.
 */
function AxisName({ x, y, cy, payload }: TickProps) {
  const [px, py, oy] = [x, y, cy].map(Number) as [number, number, number];
  return (
    <text x={px} y={py < oy ? py - 8 : py + 18} textAnchor="middle" fill={AXIS_TICK.fill} fontSize={AXIS_TICK.fontSize}>
      {payload?.value}
    </text>
  );
}

export function RadarDrawing({ rows, shapes, activeIndex, onDrawn, initialSize }: RadarDrawingProps) {
  return (
    <PlotContainer onDrawn={onDrawn} initialSize={initialSize}>
      <RadarChart data={[...rows]} outerRadius="72%" startAngle={45} endAngle={-315} accessibilityLayer={false}>
        <PolarGrid stroke="var(--soft-border)" />
        <PolarAngleAxis dataKey="element" tick={AxisName} />
        <PolarRadiusAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={false} axisLine={false} />
        {shapes.map((shape) => {
          const style = RADAR_STYLES[shape];
          return (
            <Radar
              key={shape}
              className={`radar-shape radar-shape--${shape}`}
              dataKey={shape}
              stroke={style.colour}
              strokeWidth={2}
              strokeDasharray={style.dash}
              fill={style.colour}
              fillOpacity={style.fillOpacity}
              dot={(props: { cx?: number; cy?: number; index?: number }) =>
                Number.isFinite(props.cx) && Number.isFinite(props.cy) ? (
                  <circle key={`${shape}-${props.index}`} cx={props.cx} cy={props.cy} r={props.index === activeIndex ? 6 : 3} fill={style.colour} />
                ) : (
                  <g key={`${shape}-${props.index}`} />
                )
              }
              isAnimationActive={false}
            />
          );
        })}
      </RadarChart>
    </PlotContainer>
  );
}
