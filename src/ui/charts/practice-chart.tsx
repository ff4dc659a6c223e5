/**
 * "Practice minutes": minutes of practice per week or month as bars, and
 * which elements the practices were said to help. Draws only what the view gives.
 */
import { useMemo } from 'react';
import type { PracticeView } from '../../domain/progress/progress-types.ts';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../stacked-table.tsx';
import { tableCaption } from './chart-names.ts';
import { countOf, formatMinutes, formatPointDate, minutesOf } from './chart-format.ts';
import { ChartFrame } from './chart-frame.tsx';
import { practiceDrawing } from './lazy-drawings.ts';

export function PracticeChart({ view }: { view: PracticeView }) {
  const steps = view.buckets.map((bucket) => ({
    label: `${formatPointDate(bucket.date, view.aggregation)}: ${minutesOf(bucket.minutes)} in ${countOf(bucket.sessions, 'session', 'sessions')}`,
  }));
  const { Drawing, preload } = practiceDrawing;
  const drawKey = useMemo(() => JSON.stringify(view.buckets), [view]);
  const period = view.aggregation === 'week' ? 'Week' : 'Month';

  return (
    <ChartFrame
      chartKey="practice"
      summary={view.summary}
      method={`${view.method} Based on ${countOf(view.sessions, 'practice session', 'practice sessions')}, ${countOf(view.totalMinutes, 'minute', 'minutes')} in all.`}
      enough={view.enough}
      countNoun={['practice session', 'practice sessions']}
      steps={steps}
      preload={preload}
      drawVersion={drawKey}
      drawing={({ active, onDrawn }) => <Drawing buckets={view.buckets} activeIndex={active} onDrawn={onDrawn} />}
      notes={
        view.byElement.length > 0 && (
          <>
            <h3>What the practices were said to help</h3>
            <ul className="chart__by-element">
              {view.byElement.map((entry) => (
                <li key={entry.elementId ?? 'none'}>
                  {entry.elementId ? ELEMENT_NAMES[entry.elementId] : 'No element named'}: {countOf(entry.sessions, 'session', 'sessions')},{' '}
                  {countOf(entry.minutes, 'minute', 'minutes')}
                </li>
              ))}
            </ul>
          </>
        )
      }
      table={
        view.buckets.length === 0 ? null : (
          <StackedTable label={tableCaption('practice')} caption={tableCaption('practice')}>
            <Head>
              <Row>
                <ColumnHeader>{period}</ColumnHeader>
                <ColumnHeader>Minutes</ColumnHeader>
                <ColumnHeader>Sessions</ColumnHeader>
              </Row>
            </Head>
            <Body>
              {view.buckets.map((bucket) => (
                <Row key={bucket.date}>
                  <RowHeader>{formatPointDate(bucket.date, view.aggregation)}</RowHeader>
                  <Cell label="Minutes" className="number">
                    {formatMinutes(bucket.minutes)}
                  </Cell>
                  <Cell label="Sessions" className="number">
                    {bucket.sessions}
                  </Cell>
                </Row>
              ))}
            </Body>
          </StackedTable>
        )
      }
    />
  );
}
