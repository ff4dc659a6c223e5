/**
 * At the start of the next reflection: "last time you intended to …, what
 * became of it?" Shown while an intention is waiting for its follow-up;
 * "Ask me later" hides it until the next reflection.
 */
import { useState } from 'react';
import { awaitingFollowUp, OUTCOME_LABELS } from '../../domain/intentions/intention.ts';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { PlainText } from '../../ui/text-area-field.tsx';
import { today } from '../../ui/today.ts';
import { FollowUpForm } from './follow-up-form.tsx';
import { useIntentions } from './use-intentions.ts';

export function FollowUpPrompt() {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const intentions = useIntentions(connection);
  const [laterFor, setLaterFor] = useState<string | null>(null);
  // Once answered here, the thanks stays on screen; an older waiting intention is asked about next time.
  const [answeredId, setAnsweredId] = useState<string | null>(null);
  if (!intentions) return null;
  const asked = intentions.items.find((i) => i.id === answeredId) ?? awaitingFollowUp(intentions.items);
  if (!asked || asked.id === laterFor) return null;
  const when = today(new Date(asked.createdAt)) === today() ? 'earlier today' : `on ${formatDate(asked.createdAt)}`;

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
        <FollowUpForm
          key={asked.id}
          connection={connection}
          intention={asked}
          readOnly={readOnly}
          onLater={() => setLaterFor(asked.id)}
          onSaved={() => setAnsweredId(asked.id)}
        />
      )}
    </section>
  );
}
