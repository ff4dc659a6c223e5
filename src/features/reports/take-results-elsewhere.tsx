/**
 * A small card for the results and history screens (composed in by the app
 * as a slot): download the scores as a CSV, or print a report of every
 * result.
 */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { DownloadScores } from './download-scores.tsx';

export function TakeResultsElsewhere() {
  return (
    <section className="card" aria-labelledby="take-elsewhere-heading">
      <h2 id="take-elsewhere-heading">Take your results elsewhere</h2>
      <p>
        For a spreadsheet or an appraisal: a CSV file of the scores of every result on this device. It holds scores only, never your
        written answers or journal.
      </p>
      <DownloadScores />
      <p>
        <Link to={paths.report()}>Print a report of all results</Link>
      </p>
    </section>
  );
}
