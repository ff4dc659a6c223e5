/** The figures behind the score bars, with the change since the previous result. */
import type { ScoreComparison } from '../../domain/scoring/compare.ts';
import { describeChange } from '../../domain/scoring/compare.ts';
import type { ResponseScore } from '../../domain/scoring/score-response.ts';
import { formatDate } from '../../ui/format.ts';

export interface ScoreTableProps {
  score: ResponseScore;
  comparison: ScoreComparison | undefined;
  previousDate: string | undefined;
  elementName: (id: string) => string;
}

export function ScoreTable({ score, comparison, previousDate, elementName }: ScoreTableProps) {
  const changeHeading = previousDate ? `Change since ${formatDate(previousDate)}` : 'Change since last time';
  return (
    // On a narrow screen the table scrolls sideways inside its own region (reachable by keyboard).
    <div className="table-scroll" role="region" aria-label="Scores table" tabIndex={0}>
      <table className="data-table">
        <caption>Scores{previousDate ? ' and change since your previous result' : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Element</th>
            <th scope="col">Score</th>
            <th scope="col">Answered</th>
            <th scope="col">{changeHeading}</th>
          </tr>
        </thead>
        <tbody>
          {score.elements.map((element) => {
            const change = comparison?.elements.find((c) => c.elementId === element.elementId);
            return (
              <tr key={element.elementId}>
                <th scope="row">{elementName(element.elementId)}</th>
                <td className="number">{element.score ?? 'Incomplete'}</td>
                <td className="number">
                  {element.answered} of {element.total}
                </td>
                <td>{comparison ? describeChange(change?.change ?? null) : 'First result'}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">Overall</th>
            <td className="number">{score.overall ?? 'Incomplete'}</td>
            <td />
            <td>{comparison ? describeChange(comparison.overall.change) : 'First result'}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
