/**
 * One questionnaire's results of one year in the report, as one table: a
 * row per result (date, version, each section's score and band, the
 * overall), and, when asked, a row under each result with what the leader
 * wrote. A row per result rather than a table each, and a table per year
 * that the browser lays out only when it comes near the screen
 * (`content-visibility` in report.css), so a decade (~600 results) renders
 * and prints quickly (dates are plain text, not links: a link each cost
 * more than the rest of a row). On a narrow screen each row stacks as a card
 * (ui/table.css).
 */
import { Fragment } from 'react';
import type { ReportGroup } from '../../domain/export/results-report.ts';
import type { ScoreRow } from '../../domain/export/score-rows.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import { formatDate } from '../../ui/format.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader } from '../../ui/stacked-table.tsx';
import { PlainText } from '../../ui/text-area-field.tsx';
import type { WrittenAnswer } from './written-answers-of.ts';

/** "75", "25 (aim 85, actual 60)", or why there is none; the band on a line of its own. */
function Figure({ row }: { row: ScoreRow | undefined }) {
  if (!row) return <>—</>;
  const value = row.kind === 'gap' ? row.gap : row.score;
  const text = value === null ? (row.notScored ?? 'Not scored') : row.kind === 'gap' ? `${value} (aim ${row.aim}, actual ${row.actual})` : String(value);
  return (
    <>
      {text}
      {row.band && (
        <>
          {' '}
          <span className="report__band">{row.band}</span>
        </>
      )}
    </>
  );
}

function Written({ answers }: { answers: WrittenAnswer[] }) {
  if (answers.length === 0) return <p className="muted">Nothing written.</p>;
  return (
    <dl className="answer-list">
      {answers.map((entry) => (
        <div key={entry.key}>
          <dt>{entry.question}</dt>
          <dd>
            <PlainText text={entry.answer} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export interface ReportTableProps {
  group: ReportGroup;
  /** This table's results: the group's, or some of them (one year's). */
  results: ReportGroup['results'];
  /** The table's caption begins with it, e.g. "Weekly pulse, 2026". */
  title: string;
  /** What the leader wrote in a result, or null when not asked for. */
  writtenOf: ((response: AssessmentResponse) => WrittenAnswer[]) | null;
}

export function ReportTable({ group, results, title, writtenOf }: ReportTableProps) {
  const isGap = group.columns.length > 0 && group.columns.every((c) => c.kind === 'gap');
  const width = 2 + group.columns.length + (group.hasOverall ? 1 : 0);
  const caption =
    group.columns.length === 0
      ? `${title}: written reflections, with no scores`
      : isGap
        ? `${title}: gaps between aim and actual (points), with bands`
        : `${title}: scores (0 to 100), with bands`;
  return (
    <table className="data-table stacked-table report__table" role="table">
      <caption>{caption}</caption>
      <Head>
        <Row>
          <ColumnHeader>Date</ColumnHeader>
          <ColumnHeader>Version</ColumnHeader>
          {group.columns.map((c) => (
            <ColumnHeader key={c.sectionId}>{c.title}</ColumnHeader>
          ))}
          {group.hasOverall && <ColumnHeader>Overall</ColumnHeader>}
        </Row>
      </Head>
      <Body>
        {results.map(({ response, sections, overall }) => (
          <Fragment key={response.id}>
            <Row>
              <RowHeader>{formatDate(response.completedAt)}</RowHeader>
              <Cell label="Version" className="number">
                {response.questionnaireVersion}
              </Cell>
              {group.columns.map((c) => (
                <Cell key={c.sectionId} label={c.title} className="number">
                  <Figure row={sections.get(c.sectionId)} />
                </Cell>
              ))}
              {group.hasOverall && (
                <Cell label="Overall" className="number">
                  <Figure row={overall ?? undefined} />
                </Cell>
              )}
            </Row>
            {writtenOf && (
              <Row className="report__written">
                <Cell colSpan={width}>
                  <p className="report__written-title">What you wrote on {formatDate(response.completedAt)}</p>
                  <Written answers={writtenOf(response)} />
                </Cell>
              </Row>
            )}
          </Fragment>
        ))}
      </Body>
    </table>
  );
}
