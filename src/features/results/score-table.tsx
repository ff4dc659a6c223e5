/** The figures of every scored section, with the change since the previous result of the same questionnaire. */
import type { ScoreComparison } from '../../domain/scoring/compare.ts';
import { describeChange } from '../../domain/scoring/compare.ts';
import type { ResponseScore, SectionScore } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';

export interface ScoreTableProps {
  score: ResponseScore;
  comparison: ScoreComparison | undefined;
  previousDate: string | undefined;
  sectionTitle: (id: string) => string;
}

/** A gap's change is "wider" or "narrower", not up or down. */
function describeGapChange(change: number | null): string {
  if (change === null) return 'no comparison';
  if (change === 0) return 'no change';
  const points = Math.abs(change) === 1 ? 'point' : 'points';
  return `${change > 0 ? 'wider' : 'narrower'} by ${Math.abs(change)} ${points}`;
}

function figure(section: SectionScore): string {
  if (section.score === null) return 'Incomplete';
  if (section.scoring === 'gap') return `${section.score} (aim ${section.aim}, actual ${section.actual})`;
  return String(section.score);
}

export function ScoreTable({ score, comparison, previousDate, sectionTitle }: ScoreTableProps) {
  const scored = score.sections.filter((s) => s.scoring !== 'none');
  const isGap = scored.some((s) => s.scoring === 'gap');
  const changeHeading = previousDate ? `Change since ${formatDate(previousDate)}` : 'Change since last time';
  return (
    // On a narrow screen the table scrolls sideways inside its own region (reachable by keyboard).
    <div className="table-scroll" role="region" aria-label="Scores table" tabIndex={0}>
      <table className="data-table">
        <caption>
          {isGap ? 'Gaps between aim and actual' : 'Scores'}
          {previousDate ? ' and change since your previous result' : ''}
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
            const change = comparison?.sections.find((c) => c.sectionId === section.sectionId)?.change ?? null;
            return (
              <tr key={section.sectionId}>
                <th scope="row">{sectionTitle(section.sectionId)}</th>
                <td className="number">{figure(section)}</td>
                <td className="number">
                  {section.answered} of {section.total}
                </td>
                <td>
                  {comparison ? (section.scoring === 'gap' ? describeGapChange(change) : describeChange(change)) : 'First result'}
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
