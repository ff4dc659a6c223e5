/**
 * "Your elements over time": each element's pulse as a line and each
 * self-assessment as a marker, on the common 0–100 scale, with the overall
 * score as a fifth series the reader can show. Draws only what the view gives.
 */
import { useMemo, useState } from 'react';
import type { TrendView } from '../../domain/progress/progress-types.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../stacked-table.tsx';
import { BoundaryNotes } from './boundary-notes.tsx';
import { tableCaption } from './chart-names.ts';
import { countOf } from './chart-format.ts';
import type { ChartStep } from './chart-frame.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { trendDrawing } from './lazy-drawings.ts';
import { SeriesLegend } from './legend.tsx';
import type { TrendRow } from './trend-rows.ts';
import { rowCount, rowDate, rowSource, trendRows } from './trend-rows.ts';

export function TrendChart({ view }: { view: TrendView }) {
  const [showOverall, setShowOverall] = useState(false);
  const visible = useMemo(() => view.series.filter((series) => showOverall || series.id !== 'overall'), [view, showOverall]);
  const rows = useMemo(() => trendRows(view), [view]);
  const stepRows = useMemo(() => rows.filter((row) => visible.some((series) => row.points[series.id])), [rows, visible]);
  const steps: ChartStep[] = stepRows.map((row) => ({
    label: `${rowDate(row, view.aggregation)}, ${rowSource(row, view.aggregation).toLowerCase()}: ${visible
      .flatMap((series) => (row.points[series.id] ? [`${series.label} ${row.points[series.id]?.value}`] : []))
      .join(', ')}`,
  }));
  const hasOverall = view.series.some((series) => series.id === 'overall');
  // What is drawn: the view's points and whether the overall score is shown. Turning it on or off is a new drawing, which
  // waits for its turn in the draw queue, and a new key also sends the keyboard back to the start (its rows changed).
  const drawKey = useMemo(() => JSON.stringify([view.series, view.boundaries, showOverall]), [view, showOverall]);
  const { Drawing, preload } = trendDrawing;

  return (
    <ChartFrame
      chartKey="trend"
      summary={view.summary}
      method={`${view.method} Based on ${countOf(view.counts.assessments, 'self-assessment', 'self-assessments')} and ${countOf(view.counts.pulses, 'weekly pulse', 'weekly pulses')}.`}
      enough={view.enough}
      countNoun={['result of one kind', 'results of one kind']}
      controls={
        hasOverall && (
          <label className="check">
            <input type="checkbox" autoComplete="off" checked={showOverall} onChange={(event) => setShowOverall(event.target.checked)} />
            Show the overall score
          </label>
        )
      }
      legend={
        <>
          <SeriesLegend items={visible} />
          <p className="chart__hint">Lines are your weekly pulses; markers are your self-assessments.</p>
        </>
      }
      steps={steps}
      preload={preload}
      drawVersion={drawKey}
      drawing={({ active, onDrawn }) => (
        <Drawing series={visible} boundaries={view.boundaries} activeDate={active === null ? null : (stepRows[active]?.date ?? null)} onDrawn={onDrawn} />
      )}
      notes={<BoundaryNotes boundaries={view.boundaries} />}
      table={rows.length === 0 ? null : <TrendTable view={view} rows={rows} />}
    />
  );
}

function TrendTable({ view, rows }: { view: TrendView; rows: readonly TrendRow[] }) {
  return (
    <StackedTable label={tableCaption('trend')} caption={tableCaption('trend')}>
      <Head>
        <Row>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>From</ColumnHeader>
          {view.series.map((series) => (
            <ColumnHeader key={series.id}>{series.label}</ColumnHeader>
          ))}
          <ColumnHeader>Results</ColumnHeader>
        </Row>
      </Head>
      <Body>
        {rows.map((row) => (
          <Row key={row.key}>
            <RowHeader>{rowDate(row, view.aggregation)}</RowHeader>
            <Cell label="From">{rowSource(row, view.aggregation)}</Cell>
            {view.series.map((series) => (
              <Cell key={series.id} label={series.label} className="number">
                {row.points[series.id]?.value ?? 'No score'}
              </Cell>
            ))}
            <Cell label="Results" className="number">
              {rowCount(row)}
            </Cell>
          </Row>
        ))}
      </Body>
    </StackedTable>
  );
}
