/**
 * What a coachee shared, read-only: their results (each a link to the result
 * with its feedback), their journal entries and their intentions with what
 * became of them. Their words are shown only as plain text; nothing here can
 * be changed.
 */
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/button.tsx';
import { paths } from '../../app/paths.ts';
import type { ShareBody } from '../../domain/coaching/coaching-types.ts';
import { OUTCOME_LABELS } from '../../domain/intentions/intention.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { PlainText } from '../../ui/text-area-field.tsx';
import { dayIn, resultTitle } from './result-title.ts';

type Shared = Omit<ShareBody, 'withdraw'>;

/** How many of a long list show at first (a decade of weekly results would be hundreds): the newest, with a button for more. */
export const FIRST_SHOWN = 50;

function useShown(total: number): { shown: number; more: ReactNode } {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const more =
    total > shown ? (
      <Button variant="secondary" onClick={() => setShown((n) => n + FIRST_SHOWN * 4)}>
        Show more ({total - shown} not shown)
      </Button>
    ) : null;
  return { shown, more };
}

export function SharedResults({ linkId, share }: { linkId: string; share: Shared }) {
  const responses = [...share.records.responses].sort((a, b) => b.completedAt.localeCompare(a.completedAt));
  const { shown, more } = useShown(responses.length);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      {responses.length === 0 ? (
        <p>No results were shared.</p>
      ) : (
        <ul className="result-list">
          {responses.slice(0, shown).map((response) => (
            <li key={response.id}>
              <Link to={paths.coacheeResult(linkId, response.id)}>{resultTitle(response, share.timeZone)}</Link>
            </li>
          ))}
        </ul>
      )}
      {more}
    </section>
  );
}

export function SharedJournal({ share }: { share: Shared }) {
  const entries = [...share.records.journal].sort((a, b) => b.localDate.localeCompare(a.localDate) || b.createdAt.localeCompare(a.createdAt));
  const { shown, more } = useShown(entries.length);
  return (
    <section aria-labelledby="journal-heading">
      <h2 id="journal-heading">Journal entries shared</h2>
      {entries.length === 0 ? (
        <p>No journal entries were shared.</p>
      ) : (
        <ul className="result-list">
          {entries.slice(0, shown).map((entry) => (
            <li key={entry.id} className="card">
              <p className="muted">{formatCalendarDate(entry.localDate)}</p>
              {entry.promptText && <p>{entry.promptText}</p>}
              <PlainText text={entry.text} />
            </li>
          ))}
        </ul>
      )}
      {more}
    </section>
  );
}

export function SharedIntentions({ share }: { share: Shared }) {
  const intentions = [...share.records.intentions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const { shown, more } = useShown(intentions.length);
  return (
    <section aria-labelledby="intentions-heading">
      <h2 id="intentions-heading">Intentions</h2>
      {intentions.length === 0 ? (
        <p>No intentions were shared.</p>
      ) : (
        <ul className="result-list">
          {intentions.slice(0, shown).map((intention) => (
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
      {more}
    </section>
  );
}
