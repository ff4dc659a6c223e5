/** The figures of every scored section, with the change since the previous result of the same questionnaire. */
import type { ScoreComparison } from '../../domain/scoring/compare.ts';
import { describeChange } from '../../domain/scoring/compare.ts';
import type { ResponseScore, SectionScore } from '../../domain/scoring/score-response.ts';
import { noScoreText } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';
import { Body, Cell, ColumnHeader, Head, Row, RowHeader, StackedTable } from '../../ui/stacked-table.tsx';

export interface ScoreTableProps {
  score: ResponseScore;
  comparison: ScoreComparison | undefined;
  previousDate: string | undefined;
  /** True when the previous result was answered with another version of the questions. */
  versionChanged?: boolean;
  /** True when the questions changed since the previous result so that its scores are not comparable: no change figures. */
  notComparable?: boolean;
  sectionTitle: (id: string) => string;
  /** False to leave out the change column (a coach's read-only view of one result, with no previous one at hand). */
  withChange?: boolean;
}

/**
 * A gap's change is "wider" or "narrower" by how far actual is from aim,
 * whichever side it is on (a gap of −20 that becomes 0 is narrower).
 */
export function describeGapChange(previous: number | null, current: number | null): string {
  if (previous === null || current === null) return 'no comparison';
  const change = Math.abs(current) - Math.abs(previous);
  if (change === 0) return 'no change in size';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${change > 0 ? 'wider' : 'narrower'} by ${Math.abs(change)} ${points}`;
}

const NOT_COMPARED = 'Not compared: the questions changed';

/** The figure of a section: its score (and, for a gap, aim and actual), or why it has none. */
export function figure(section: SectionScore): string {
  if (section.score === null) return noScoreText(section);
  if (section.scoring === 'gap') return `${section.score} (aim ${section.aim}, actual ${section.actual})`;
  return String(section.score);
}

/** "4 of 6", with "(2 did not apply)" when some questions were answered "does not apply". */
export function answeredOf(section: SectionScore): string {
  const of = `${section.answered} of ${section.total}`;
  return section.notApplicable > 0 ? `${of} (${section.notApplicable} did not apply)` : of;
}

export function ScoreTable({ score, comparison, previousDate, versionChanged = false, notComparable = false, sectionTitle, withChange = true }: ScoreTableProps) {
  const scored = score.sections.filter((s) => s.scoring !== 'none');
  const isGap = scored.length > 0 && scored.every((s) => s.scoring === 'gap');
  const changeHeading = previousDate ? `Change since ${formatDate(previousDate)}` : 'Change since last time';
  const figureHeading = isGap ? 'Gap in points' : 'Score';
  const changeOf = (section: SectionScore) => {
    if (notComparable) return NOT_COMPARED;
    if (!comparison) return 'First result';
    const compared = comparison.sections.find((c) => c.sectionId === section.sectionId);
    return section.scoring === 'gap' ? describeGapChange(compared?.previous ?? null, compared?.current ?? null) : describeChange(compared?.change ?? null);
  };
  return (
    // Wide: a table (scrolling inside its own region if it must). Narrow: a card per section, each figure named.
    <StackedTable
      label="Scores table"
      caption={
        <>
          {isGap ? 'Gaps between aim and actual' : 'Scores'}
          {previousDate && !notComparable ? ' and change since your previous result' : ''}
          {versionChanged && !notComparable ? ' (the questions have changed since then, so compare with care)' : ''}
          {notComparable ? ' (not compared with your previous result: the questions changed, so the scores are not comparable)' : ''}
        </>
      }
    >
      <Head>
        <Row>
          <ColumnHeader>Section</ColumnHeader>
          <ColumnHeader>{figureHeading}</ColumnHeader>
          <ColumnHeader>Answered</ColumnHeader>
          {withChange && <ColumnHeader>{changeHeading}</ColumnHeader>}
        </Row>
      </Head>
      <Body>
        {scored.map((section) => (
          <Row key={section.sectionId}>
            <RowHeader>{sectionTitle(section.sectionId)}</RowHeader>
            <Cell label={figureHeading} className="number">
              {figure(section)}
            </Cell>
            <Cell label="Answered" className="number">
              {answeredOf(section)}
            </Cell>
            {withChange && <Cell label={changeHeading}>{changeOf(section)}</Cell>}
          </Row>
        ))}
        {score.overall !== null || comparison?.overall.previous != null ? (
          <Row>
            <RowHeader>Overall</RowHeader>
            <Cell label={figureHeading} className="number">
              {score.overall ?? 'Not scored'}
            </Cell>
            <Cell label="Answered" />
            {withChange && <Cell label={changeHeading}>{notComparable ? NOT_COMPARED : comparison ? describeChange(comparison.overall.change) : 'First result'}</Cell>}
          </Row>
        ) : null}
      </Body>
    </StackedTable>
  );
}
