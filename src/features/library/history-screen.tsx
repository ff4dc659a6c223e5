/**
 * /history/:questionnaireId — every result of one instrument: a trend table
 * of its section scores over time, with a marked row wherever the
 * questionnaire's version changed (with what changed and whether scores
 * either side compare), and links to each result (for written
 * reflections, to read them again).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { Fragment } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { catalogue } from '../../content/catalogue.ts';
import { noScoreText } from '../../domain/scoring/score-response.ts';
import { buildTrend } from '../../domain/scoring/trend.ts';
import { useConnection } from '../../state/session-store.ts';
import { listResponsesOf } from '../../storage/repositories/responses-repo.ts';
import { formatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../../ui/stacked-table.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useSectionTitles } from './use-section-titles.ts';
import { useVersionNotes } from './use-version-notes.ts';
import { VersionBoundaryNote } from './version-boundary-note.tsx';

export interface HistoryScreenProps {
  /** Ways to take results elsewhere (a CSV, a printable report); composed in by the app. */
  elsewhere?: ReactNode;
}

export function HistoryScreen({ elsewhere }: HistoryScreenProps = {}) {
  const { questionnaireId = '' } = useParams();
  const connection = useConnection();
  const entry = catalogue.find((e) => e.id === questionnaireId);
  const title = entry?.title ?? questionnaireId;
  useDocumentTitle(`${entry?.shortTitle ?? 'Past results'}: history`);
  const listed = useLiveQuery(() => listResponsesOf(connection, questionnaireId), [connection, questionnaireId]);
  const trend = listed ? buildTrend(listed.items) : undefined;
  const titles = useSectionTitles(questionnaireId, trend?.map((p) => p.version) ?? []);
  const notes = useVersionNotes(questionnaireId);

  if (!trend) return <p role="status">Loading your results…</p>;
  const columns = [...new Map(trend.flatMap((p) => p.score.sections.filter((s) => s.scoring !== 'none').map((s) => [s.sectionId, s]))).values()];
  const hasOverall = trend.some((p) => p.score.overall !== null);
  const isGap = columns.length > 0 && columns.every((c) => c.scoring === 'gap');

  return (
    <>
      <h1>{title}: your history</h1>
      {listed && listed.unreadable > 0 && (
        <Notice tone="warning" title="Some results could not be read">
          <p>{listed.unreadable} saved results have been altered or do not belong to this profile, so they are not shown. Nothing has been deleted.</p>
        </Notice>
      )}
      {trend.length === 0 ? (
        <p className="muted">
          No results yet. <Link to={paths.assess(questionnaireId)}>Start it now</Link>
        </p>
      ) : (
        <>
          {columns.length > 0 && (
            <StackedTable label="Trend table" caption={isGap ? 'Gaps between aim and actual over time (points)' : 'Scores over time (0 to 100)'}>
              <Head>
                <Row>
                  <ColumnHeader>Date</ColumnHeader>
                  {columns.map((c) => (
                    <ColumnHeader key={c.sectionId}>{titles(c.sectionId)}</ColumnHeader>
                  ))}
                  {hasOverall && <ColumnHeader>Overall</ColumnHeader>}
                </Row>
              </Head>
              <Body>
                {trend.map((point) => (
                  <Fragment key={point.responseId}>
                    {point.changedFrom !== null && (
                      <Row className="version-boundary">
                        <Cell colSpan={columns.length + (hasOverall ? 2 : 1)}>
                          <VersionBoundaryNote from={point.changedFrom} to={point.version} notes={notes} />
                        </Cell>
                      </Row>
                    )}
                    <Row>
                      <RowHeader>
                        <Link to={paths.result(point.responseId)}>{formatDate(point.completedAt)}</Link>
                      </RowHeader>
                      {columns.map((c) => {
                        const s = point.score.sections.find((x) => x.sectionId === c.sectionId);
                        return (
                          <Cell key={c.sectionId} label={titles(c.sectionId)} className="number">
                            {s ? (s.score ?? noScoreText(s)) : '—'}
                          </Cell>
                        );
                      })}
                      {hasOverall && (
                        <Cell label="Overall" className="number">
                          {point.score.overall ?? '—'}
                        </Cell>
                      )}
                    </Row>
                  </Fragment>
                ))}
              </Body>
            </StackedTable>
          )}
          <h2>Each result</h2>
          <ul className="result-list">
            {[...trend].reverse().map((point) => (
              <li key={point.responseId}>
                <Link to={paths.result(point.responseId)}>
                  <span>{formatDate(point.completedAt)}</span>
                  <span className="muted">Version {point.version}</span>
                </Link>
              </li>
            ))}
          </ul>
          {elsewhere}
        </>
      )}
      <p>
        <Link to={paths.assess(questionnaireId)}>Take it again</Link> · <Link to={paths.progress()}>See your progress</Link> ·{' '}
        <Link to={paths.library()}>All reflections</Link>
      </p>
    </>
  );
}
