/**
 * "Then and now": the latest full self-assessment against one the leader
 * picks ("Compare with"), on four axes, with the aims of the latest presence
 * check as a third shape when there is one. Draws only what the view gives.
 */
import { useId } from 'react';
import type { RadarShape, RadarView } from '../../domain/progress/progress-types.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../stacked-table.tsx';
import { tableCaption } from './chart-names.ts';
import { countOf } from './chart-format.ts';
import { ChartFrame } from './chart-frame.tsx';
import type { RadarAxisRow } from './drawings/radar-drawing.tsx';
import { radarDrawing } from './lazy-drawings.ts';
import type { RadarShapeKey } from './series-styles.ts';
import { RADAR_STYLES } from './series-styles.ts';

const SHAPE_KEYS: RadarShapeKey[] = ['now', 'then', 'aspiration'];

/** "12 March 2024 (version 1)". */
export function optionLabel(option: { date: string; version: number }): string {
  return `${formatCalendarDate(option.date)} (version ${option.version})`;
}

/** A shape's column heading: "Now, 20 April 2026 (version 2)", or "Your aim". */
function shapeHeading(key: RadarShapeKey, shape: RadarShape): string {
  if (key === 'aspiration' || shape.date === null) return shape.label;
  return `${shape.label}, ${optionLabel({ date: shape.date, version: shape.version })}`;
}

/** "Drawn from 2 of your 3 self-assessments." */
function drawnFrom(drawn: number, all: number): string {
  const yours = countOf(all, 'self-assessment', 'self-assessments');
  return drawn === all ? `Drawn from your ${yours}.` : `Drawn from ${drawn} of your ${yours}.`;
}

export interface ThenNowRadarProps {
  view: RadarView;
  onPickThen: (responseId: string) => void;
}

export function ThenNowRadar({ view, onPickThen }: ThenNowRadarProps) {
  const selectId = useId();
  const shapes = SHAPE_KEYS.flatMap((key) => (view[key] ? [{ key, shape: view[key] }] : []));
  const rows: RadarAxisRow[] = ELEMENT_IDS.map((id) => {
    const row: RadarAxisRow = { element: ELEMENT_NAMES[id] };
    for (const { key, shape } of shapes) row[key] = shape.values[id] ?? undefined;
    return row;
  });
  const steps = ELEMENT_IDS.map((id) => ({
    label: `${ELEMENT_NAMES[id]}: ${shapes.map(({ shape }) => `${shape.label.toLowerCase()} ${shape.values[id] ?? 'no score'}`).join(', ')}`,
  }));
  const { Drawing, preload } = radarDrawing;
  const assessments = shapes.filter(({ key }) => key !== 'aspiration').length;

  return (
    <ChartFrame
      chartKey="radar"
      summary={view.summary}
      method={`Each shape is one self-assessment's element scores, out of 100${view.aspiration ? '; your aim is from your latest presence check' : ''}. ${drawnFrom(assessments, view.options.length + (view.now ? 1 : 0))}`}
      enough={view.enough}
      countNoun={['self-assessment', 'self-assessments']}
      controls={
        view.options.length > 0 && (
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              Compare with
            </label>
            <select id={selectId} autoComplete="off" value={view.then?.responseId ?? ''} onChange={(event) => onPickThen(event.target.value)}>
              {view.then === null && <option value="">Choose a self-assessment</option>}
              {view.options.map((option) => (
                <option key={option.responseId} value={option.responseId}>
                  {optionLabel(option)}
                </option>
              ))}
            </select>
          </div>
        )
      }
      legend={
        <ul className="chart__legend" aria-label="Key">
          {shapes.map(({ key, shape }) => (
            <li key={key}>
              <svg width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
                <rect x="1" y="1" width="38" height="12" fill={RADAR_STYLES[key].colour} fillOpacity={RADAR_STYLES[key].fillOpacity} stroke={RADAR_STYLES[key].colour} strokeWidth="2" strokeDasharray={RADAR_STYLES[key].dash} />
              </svg>
              {shapeHeading(key, shape)}
            </li>
          ))}
        </ul>
      }
      steps={steps}
      preload={preload}
      drawVersion={JSON.stringify(rows)}
      drawing={({ active, onDrawn }) => <Drawing rows={rows} shapes={shapes.map(({ key }) => key)} activeIndex={active} onDrawn={onDrawn} />}
      notes={view.note && <p className="chart__notes-text">{view.note}</p>}
      table={
        shapes.length === 0 ? null : (
          <StackedTable label={tableCaption('radar')} caption={tableCaption('radar')}>
            <Head>
              <Row>
                <ColumnHeader>Element</ColumnHeader>
                {shapes.map(({ key, shape }) => (
                  <ColumnHeader key={key}>{shapeHeading(key, shape)}</ColumnHeader>
                ))}
              </Row>
            </Head>
            <Body>
              {ELEMENT_IDS.map((id) => (
                <Row key={id}>
                  <RowHeader>{ELEMENT_NAMES[id]}</RowHeader>
                  {shapes.map(({ key, shape }) => (
                    <Cell key={key} label={shapeHeading(key, shape)} className="number">
                      {shape.values[id] ?? 'No score'}
                    </Cell>
                  ))}
                </Row>
              ))}
            </Body>
          </StackedTable>
        )
      }
    />
  );
}
