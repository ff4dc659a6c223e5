/**
 * What a coachee shared, read-only: their results (each a link to the result
 * with its feedback), their journal entries and their intentions with what
 * became of them. Their words are shown only as plain text; nothing here can
 * be changed.
 */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { ShareBody } from '../../domain/coaching/coaching-types.ts';
import { OUTCOME_LABELS } from '../../domain/intentions/intention.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { PlainText } from '../../ui/text-area-field.tsx';
import { dayIn, resultTitle } from './result-title.ts';

type Shared = Omit<ShareBody, 'withdraw'>;

export function SharedResults({ linkId, share }: { linkId: string; share: Shared }) {
  const responses = [...share.records.responses].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      {responses.length === 0 ? (
        <p>No results were shared.</p>
      ) : (
        <ul>
          {responses.map((response) => (
            <li key={response.id}>
              <Link to={paths.coacheeResult(linkId, response.id)}>{resultTitle(response, share.timeZone)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SharedJournal({ share }: { share: Shared }) {
  const entries = [...share.records.journal].sort((a, b) => b.localDate.localeCompare(a.localDate) || b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="journal-heading">
      <h2 id="journal-heading">Journal entries shared</h2>
      {entries.length === 0 ? (
        <p>No journal entries were shared.</p>
      ) : (
        <ul className="result-list">
          {entries.map((entry) => (
            <li key={entry.id} className="card">
              <p className="muted">{formatCalendarDate(entry.localDate)}</p>
              {entry.promptText && <p>{entry.promptText}</p>}
              <PlainText text={entry.text} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function SharedIntentions({ share }: { share: Shared }) {
  const intentions = [...share.records.intentions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="intentions-heading">
      <h2 id="intentions-heading">Intentions</h2>
      {intentions.length === 0 ? (
        <p>No intentions were shared.</p>
      ) : (
        <ul className="result-list">
          {intentions.map((intention) => (
            <li key={intention.id} className="card">
              <p className="muted">Set on {dayIn(intention.createdAt, share.timeZone)}</p>
              <PlainText text={intention.text} />
              {intention.followUp === null ? (
                <p>Outcome: not followed up yet.</p>
              ) : (
                <>
                  <p>Outcome: {OUTCOME_LABELS[intention.followUp.outcome]}</p>
                  {intention.followUp.note && <PlainText text={intention.followUp.note} />}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
