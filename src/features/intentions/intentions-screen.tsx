/** /intentions — every intention, newest first, with what became of it; the waiting one can be followed up here. */
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { awaitingFollowUp, OUTCOME_LABELS } from '../../domain/intentions/intention.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { PlainText } from '../../ui/text-area-field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { FollowUpForm } from './follow-up-form.tsx';
import { useIntentions } from './use-intentions.ts';

export function IntentionsScreen() {
  useDocumentTitle('Intentions');
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const intentions = useIntentions(connection);
  if (intentions === undefined) return <p role="status">Loading your intentions…</p>;
  const waiting = awaitingFollowUp(intentions.items);

  return (
    <>
      <h1>Intentions</h1>
      <p>One small thing to try each week, and what became of it.</p>
      {intentions.unreadable > 0 && (
        <Notice tone="warning" title="Some intentions could not be read">
          <p>{intentions.unreadable} saved intentions have been altered or do not belong to this profile, so they are not shown. Nothing has been deleted.</p>
        </Notice>
      )}
      {intentions.items.length === 0 ? (
        <p className="muted">
          No intentions yet. After any reflection you can choose one for the coming week.{' '}
          <Link to={paths.library()}>Choose a reflection</Link>
        </p>
      ) : (
        <ol className="instrument-list" aria-label="Your intentions, newest first">
          {intentions.items.map((intention) => (
            <li key={intention.id} className="card">
              <p className="muted">
                Set {formatDate(intention.createdAt)}
                {intention.elementId ? ` · ${ELEMENT_NAMES[intention.elementId]}` : ''}
              </p>
              <PlainText text={intention.text} />
              {intention.followUp ? (
                <>
                  <p>
                    What became of it: <strong>{OUTCOME_LABELS[intention.followUp.outcome]}</strong> (
                    {formatDate(intention.followUp.answeredAt)})
                  </p>
                  {intention.followUp.note && <PlainText className="muted" text={intention.followUp.note} />}
                </>
              ) : intention === waiting ? (
                <FollowUpForm key={intention.id} connection={connection} intention={intention} readOnly={readOnly} />
              ) : (
                <p className="muted">Not followed up.</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={paths.home()}>Back to Today</Link>
      </p>
    </>
  );
}
