/** The figures of every scored section, with the change since the previous result of the same questionnaire. */
import type { ScoreComparison } from '../../domain/scoring/compare.ts';
import { describeChange } from '../../domain/scoring/compare.ts';
import type { ResponseScore, SectionScore } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';

export interface ScoreTableProps {
  score: ResponseScore;
  comparison: ScoreComparison | undefined;
  previousDate: string | undefined;
  /** True when the previous result was answered with another version of the questions. */
  versionChanged?: boolean;
  sectionTitle: (id: string) => string;
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

function figure(section: SectionScore): string {
  if (section.score === null) return 'Incomplete';
  if (section.scoring === 'gap') return `${section.score} (aim ${section.aim}, actual ${section.actual})`;
  return String(section.score);
}

export function ScoreTable({ score, comparison, previousDate, versionChanged = false, sectionTitle }: ScoreTableProps) {
  const scored = score.sections.filter((s) => s.scoring !== 'none');
  const isGap = scored.length > 0 && scored.every((s) => s.scoring === 'gap');
  const changeHeading = previousDate ? `Change since ${formatDate(previousDate)}` : 'Change since last time';
  return (
    // On a narrow screen the table scrolls sideways inside its own region (reachable by keyboard).
    <div className="table-scroll" role="region" aria-label="Scores table" tabIndex={0}>
      <table className="data-table">
        <caption>
          {isGap ? 'Gaps between aim and actual' : 'Scores'}
          {previousDate ? ' and change since your previous result' : ''}
          {versionChanged ? ' (the questions have changed since then, so compare with care)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">{isGap ? 'Gap in points' : 'Score'}</th>
            <th scope="col">Answered</th>
            <th scope="col">{changeHeading}</th>
          </tr>
        </thead>
        <tbody>
          {scored.map((section) => {
            const compared = comparison?.sections.find((c) => c.sectionId === section.sectionId);
            const change = compared?.change ?? null;
            return (
              <tr key={section.sectionId}>
                <th scope="row">{sectionTitle(section.sectionId)}</th>
                <td className="number">{figure(section)}</td>
                <td className="number">
                  {section.answered} of {section.total}
                </td>
                <td>
                  {comparison
                    ? section.scoring === 'gap'
                      ? describeGapChange(compared?.previous ?? null, compared?.current ?? null)
                      : describeChange(change)
                    : 'First result'}
                </td>
              </tr>
            );
          })}
          {score.overall !== null || comparison?.overall.previous != null ? (
            <tr>
              <th scope="row">Overall</th>
              <td className="number">{score.overall ?? 'Incomplete'}</td>
              <td />
              <td>{comparison ? describeChange(comparison.overall.change) : 'First result'}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
