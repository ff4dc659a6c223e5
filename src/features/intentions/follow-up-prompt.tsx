/**
 * At the start of the next reflection: "last time you intended to …, what
 * became of it?" Shown while an intention is waiting for its follow-up;
 * "Ask me later" hides it until the next reflection.
 *
 * The card holds on to the intention it first asked about, and thanks the
 * person only once its own save has finished. It does not follow the live
 * list for either: Dexie's live queries can show a follow-up before the save
 * that wrote it has settled, and the card used to vanish for that moment
 * (taking the focus and, had the save then failed, the words with it).
 */
import { useState } from 'react';
import type { Outcome } from '../../domain/intentions/intention.ts';
import { awaitingFollowUp, OUTCOME_LABELS } from '../../domain/intentions/intention.ts';
import { ELEMENT_NAMES } from '../../domain/elements/element-ids.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { formatDate } from '../../ui/format.ts';
import { PlainText } from '../../ui/text-area-field.tsx';
import { today } from '../../ui/today.ts';
import { FollowUpForm } from './follow-up-form.tsx';
import { useIntentions } from './use-intentions.ts';

export interface FollowUpPromptProps {
  /** Inside the weekly reflection: told when an answer waits to be saved (see FollowUpForm). */
  onPendingChange?: (save: (() => Promise<boolean>) | null) => void;
}

export function FollowUpPrompt({ onPendingChange }: FollowUpPromptProps = {}) {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const intentions = useIntentions(connection);
  const [laterFor, setLaterFor] = useState<string | null>(null);
  // The intention this card is about, from the moment it is first shown; an older waiting one is asked about next time.
  const [askedId, setAskedId] = useState<string | null>(null);
  const [noted, setNoted] = useState<{ id: string; outcome: Outcome } | null>(null);
  if (!intentions) return null;
  const asked = intentions.items.find((i) => i.id === askedId) ?? awaitingFollowUp(intentions.items);
  if (asked && asked.id !== askedId) setAskedId(asked.id);
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
      {noted?.id === asked.id ? (
        <p role="status">Thank you. Noted as “{OUTCOME_LABELS[noted.outcome]}”.</p>
      ) : (
        <FollowUpForm
          key={asked.id}
          connection={connection}
          intention={asked}
          readOnly={readOnly}
          onLater={() => setLaterFor(asked.id)}
          onSaved={(outcome) => setNoted({ id: asked.id, outcome })}
          onPendingChange={onPendingChange}
        />
      )}
    </section>
  );
}
