/**
 * "Your presence gap over time": at each presence check, each element's aim
 * minus how the leader actually led, as a line per element; the widest gap is
 * named in the summary. Draws only what the view gives.
 */
import type { GapView } from '../../domain/progress/progress-types.ts';
import { ELEMENT_IDS, ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { formatCalendarDate } from '../format-calendar-date.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../stacked-table.tsx';
import { BoundaryNotes } from './boundary-notes.tsx';
import { tableCaption } from './chart-names.ts';
import { countOf } from './chart-format.ts';
import { ChartFrame } from './chart-frame.tsx';
import { gapDrawing } from './lazy-drawings.ts';
import { SeriesLegend } from './legend.tsx';

const LEGEND = ELEMENT_IDS.map((id) => ({ id, label: ELEMENT_NAMES[id] }));
const COLUMNS = ELEMENT_IDS.flatMap((id) => (['aim', 'actual', 'gap'] as const).map((part) => ({ id, part, heading: `${ELEMENT_NAMES[id]} ${part}` })));

export function GapChart({ view }: { view: GapView }) {
  const steps = view.points.map((point) => ({
    label: `${formatCalendarDate(point.date)}: ${ELEMENT_IDS.map((id) => {
      const value = point.byElement[id];
      return value ? `${ELEMENT_NAMES[id]} gap ${value.gap} (aim ${value.aim}, actual ${value.actual})` : `${ELEMENT_NAMES[id]} not rated`;
    }).join(', ')}`,
  }));
  const { Drawing, preload } = gapDrawing;

  return (
    <ChartFrame
      chartKey="gap"
      summary={view.summary}
      method={`${view.method} Based on ${countOf(view.counts.checks, 'presence check', 'presence checks')}.`}
      enough={view.enough}
      countNoun={['presence check', 'presence checks']}
      legend={
        <>
          <SeriesLegend items={LEGEND} />
          <p className="chart__hint">Higher means further from your aim; the line at 0 is your aim met.</p>
        </>
      }
      steps={steps}
      preload={preload}
      drawVersion={view}
      drawing={({ active, onDrawn }) => (
        <Drawing points={view.points} boundaries={view.boundaries} activeDate={active === null ? null : (view.points[active]?.date ?? null)} onDrawn={onDrawn} />
      )}
      notes={<BoundaryNotes boundaries={view.boundaries} />}
      table={
        view.points.length === 0 ? null : (
          <StackedTable label={tableCaption('gap')} caption={tableCaption('gap')}>
            <Head>
              <Row>
                <ColumnHeader>Date</ColumnHeader>
                {COLUMNS.map((column) => (
                  <ColumnHeader key={column.heading}>{column.heading}</ColumnHeader>
                ))}
              </Row>
            </Head>
            <Body>
              {view.points.map((point) => (
                <Row key={point.responseId}>
                  <RowHeader>{formatCalendarDate(point.date)}</RowHeader>
                  {COLUMNS.map((column) => (
                    <Cell key={column.heading} label={column.heading} className="number">
                      {point.byElement[column.id]?.[column.part] ?? 'Not rated'}
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
