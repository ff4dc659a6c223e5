/**
 * "Download scores (CSV)": every completed result of the open profile, read
 * through the responses repository, written as attune-scores-<date>.csv
 * (domain/export/scores-csv.ts) and handed to the browser as a download.
 * Scores only: the CSV never holds written answers or journal text. The file
 * is made on the device; nothing is sent anywhere.
 */
import { useState } from 'react';
import { scoresCsv } from '../../domain/export/scores-csv.ts';
import { useConnection } from '../../state/session-store.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import { Button } from '../../ui/button.tsx';
import { deviceTimeZone, today } from '../../ui/today.ts';
import { loadQuestionnaireVersions } from './questionnaire-versions.ts';

/** The file's name, with the device's calendar date. */
export function scoresFileName(date: string): string {
  return `attune-scores-${date}.csv`;
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Outcome = { tone: 'done'; text: string } | { tone: 'failed'; text: string } | null;

const results = (n: number) => (n === 1 ? '1 result' : `${n} results`);

export function DownloadScores() {
  const connection = useConnection();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  async function run() {
    setBusy(true);
    setOutcome(null);
    try {
      const { items, unreadable } = await listResponses(connection);
      const versions = await loadQuestionnaireVersions(items);
      const name = scoresFileName(today());
      download(scoresCsv(items, versions.labelsOf, { timeZone: deviceTimeZone() }), name);
      const skipped = unreadable > 0 ? ` ${results(unreadable)} could not be read, so ${unreadable === 1 ? 'it is' : 'they are'} not in it.` : '';
      setOutcome({ tone: 'done', text: `Downloaded ${name} with the scores of ${results(items.length)}.${skipped}` });
    } catch {
      setOutcome({ tone: 'failed', text: 'The scores could not be read just now, so no file was made. Try again in a moment.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div className="button-row">
        <Button variant="secondary" onClick={() => void run()} disabled={busy} aria-busy={busy || undefined}>
          Download scores (CSV)
        </Button>
      </div>
      <p role="status" className="muted">
        {outcome?.tone === 'done' ? outcome.text : ''}
      </p>
      {outcome?.tone === 'failed' && <p role="alert">{outcome.text}</p>}
    </>
  );
}
