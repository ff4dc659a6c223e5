/**
 * A calm, dismissible reminder when an entry seems to hold patient-identifiable
 * information (an NHS number, or a date of birth next to a name). Nothing is
 * blocked or sent anywhere; the reminder never repeats the identifier in full.
 */
import { useMemo, useState } from 'react';
import { findIdentifiers } from '../../domain/journal/identifiable.ts';
import { Button } from '../../ui/button.tsx';

export function IdentifiableReminder({ text }: { text: string }) {
  const found = useMemo(() => findIdentifiers(text), [text]);
  // Dismissing hides the reminder until something new is found.
  const [dismissedAt, setDismissedAt] = useState(0);
  if (found.length === 0 || found.length <= dismissedAt) return null;
  const kinds = new Set(found.map((f) => f.kind));
  return (
    <div className="notice notice--info" role="status" aria-labelledby="identifiable-title">
      <p id="identifiable-title" className="notice__title">
        A gentle reminder about patient details
      </p>
      <div className="notice__body">
        <p>
          This entry seems to include {kinds.has('nhs-number') ? 'an NHS number' : ''}
          {kinds.size === 2 ? ' and ' : ''}
          {kinds.has('date-of-birth-with-name') ? 'a date of birth next to a name' : ''} ({found.map((f) => f.excerpt).join(', ')}).
          Your journal stays on this device, but it is kinder and safer to leave patients unnamed: “a patient in bay 3” is
          enough to reflect on.
        </p>
        <Button variant="quiet" onClick={() => setDismissedAt(found.length)}>
          Hide this reminder
        </Button>
      </div>
    </div>
  );
}
