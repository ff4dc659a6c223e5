/**
 * A small card for the results and history screens (composed in by the app
 * as a slot): download the scores as a CSV, or print a report of every
 * result.
 */
import { paths } from '../../app/paths.ts';
import { ButtonLink } from '../../ui/button.tsx';
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
      <div className="button-row">
        <ButtonLink variant="secondary" to={paths.report()}>
          Print a report of all results
        </ButtonLink>
      </div>
    </section>
  );
}
