/**
 * One result in the report: its date and version, a table of each scored
 * section's score and band (for a presence check, aim, actual and gap) and
 * the overall score, and, when asked, what the leader wrote. A plain table
 * (no scrolling region: a report holds hundreds) that stacks into cards on a
 * narrow screen (ui/table.css).
 */
import type { ReportResult as Result } from '../../domain/export/results-report.ts';
import type { ScoreRow } from '../../domain/export/score-rows.ts';
import { formatDate } from '../../ui/format.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader } from '../../ui/stacked-table.tsx';
import { PlainText } from '../../ui/text-area-field.tsx';
import type { WrittenAnswer } from './written-answers-of.ts';

const figure = (n: number | null, row: ScoreRow) => (n === null ? (row.notScored ?? '—') : n);

function ScoresTable({ rows, caption }: { rows: ScoreRow[]; caption: string }) {
  const hasGap = rows.some((r) => r.kind === 'gap');
  const hasScore = rows.some((r) => r.kind !== 'gap');
  return (
    <table className="data-table stacked-table" role="table">
      <caption>{caption}</caption>
      <Head>
        <Row>
          <ColumnHeader>Section</ColumnHeader>
          {hasScore && <ColumnHeader>Score</ColumnHeader>}
          {hasGap && <ColumnHeader>Aim</ColumnHeader>}
          {hasGap && <ColumnHeader>Actual</ColumnHeader>}
          {hasGap && <ColumnHeader>Gap</ColumnHeader>}
          <ColumnHeader>Band</ColumnHeader>
        </Row>
      </Head>
      <Body>
        {rows.map((row) => (
          <Row key={row.sectionId ?? 'overall'}>
            <RowHeader>{row.section}</RowHeader>
            {hasScore && (
              <Cell label="Score" className="number">
                {row.kind === 'gap' ? '' : figure(row.score, row)}
              </Cell>
            )}
            {hasGap && (
              <Cell label="Aim" className="number">
                {row.kind === 'gap' ? (row.aim ?? '') : ''}
              </Cell>
            )}
            {hasGap && (
              <Cell label="Actual" className="number">
                {row.kind === 'gap' ? (row.actual ?? '') : ''}
              </Cell>
            )}
            {hasGap && (
              <Cell label="Gap" className="number">
                {row.kind === 'gap' ? figure(row.gap, row) : ''}
              </Cell>
            )}
            <Cell label="Band">{row.band ?? ''}</Cell>
          </Row>
        ))}
      </Body>
    </table>
  );
}

export interface ReportResultProps {
  result: Result;
  /** What the leader wrote, or null when not asked for. */
  written: WrittenAnswer[] | null;
}

export function ReportResult({ result, written }: ReportResultProps) {
  const { response, rows } = result;
  const date = formatDate(response.completedAt);
  const headingId = `report-${response.id}`;
  return (
    <article className="report__result" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {date} <span className="muted">(version {response.questionnaireVersion})</span>
      </h3>
      {rows.length > 0 ? <ScoresTable rows={rows} caption={`Scores, ${date}`} /> : <p className="muted">A written reflection, with no scores.</p>}
      {written && written.length > 0 && (
        <dl className="answer-list">
          {written.map((entry) => (
            <div key={entry.key}>
              <dt>{entry.question}</dt>
              <dd>
                <PlainText text={entry.answer} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </article>
  );
}
