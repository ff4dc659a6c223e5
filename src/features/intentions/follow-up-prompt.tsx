/**
 * At the start of the next reflection: "last time you intended to …, what
 * became of it?" Shown while an intention is waiting for its follow-up;
 * "Ask me later" hides it until the next reflection.
 */
import { useState } from 'react';
import { awaitingFollowUp, daysBetween, OUTCOME_LABELS } from '../../domain/intentions/intention.ts';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { PlainText } from '../../ui/text-area-field.tsx';
import { FollowUpForm } from './follow-up-form.tsx';
import { useIntentions } from './use-intentions.ts';

export function FollowUpPrompt() {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const intentions = useIntentions(connection);
  const [laterFor, setLaterFor] = useState<string | null>(null);
  // Remembered once answered, so the thanks stays on screen after the intention stops waiting.
  const [askedAbout, setAskedAbout] = useState<string | null>(null);
  if (!intentions) return null;
  const waiting = awaitingFollowUp(intentions.items);
  if (waiting && waiting.id !== askedAbout) setAskedAbout(waiting.id);
  const asked = intentions.items.find((i) => i.id === (waiting?.id ?? askedAbout));
  if (!asked || asked.id === laterFor) return null;
  const days = daysBetween(asked.createdAt, new Date());
  const when = days < 1 ? 'earlier today' : `on ${formatDate(asked.createdAt)}`;

  return (
    <section className="card" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">Your last intention</h2>
      <p>
        {`You set this ${when}`}
        {asked.elementId ? `, for ${ELEMENT_NAMES[asked.elementId].toLowerCase()}` : ''}:
      </p>
      <blockquote>
        <PlainText text={asked.text} />
      </blockquote>
      {asked.followUp ? (
        <p role="status">Thank you. Noted as “{OUTCOME_LABELS[asked.followUp.outcome]}”.</p>
      ) : (
        <FollowUpForm connection={connection} intention={asked} readOnly={readOnly} onLater={() => setLaterFor(asked.id)} />
      )}
    </section>
  );
}
