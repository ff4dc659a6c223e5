/**
 * Part 1 of the weekly reflection. A weekly pulse already taken in the
 * reflection's week (from the library or a direct link) is carried in
 * rather than asked again; otherwise the pulse is asked here. Either way its
 * scores are then shown, with a way to take it again.
 */
import type { ComponentType } from 'react';
import { useEffect, useRef, useState } from 'react';
import { CARRY_PULSE_LOOKBACK, pulseToCarry } from '../../domain/weekly/weekly-reflection.ts';
import { useConnection } from '../../state/session-store.ts';
import { listRecentResponses } from '../../storage/repositories/responses-repo.ts';
import { Button } from '../../ui/button.tsx';
import { deviceTimeZone } from '../../ui/today.ts';
import { PulseScores } from './pulse-scores.tsx';

export function PulsePart({ weekOf, responseId, readOnly, Pulse, onPulse }: {
  /** The Monday of the week the reflection counts for. */
  weekOf: string;
  /** The pulse attached to the reflection, if any. */
  responseId: string | null;
  readOnly: boolean;
  Pulse: ComponentType<{ onSubmitted: (responseId: string) => void }>;
  /** Attaches a pulse (carried in or just taken) to the reflection, without moving on. */
  onPulse: (responseId: string) => void;
}) {
  const connection = useConnection();
  const [lookedUp, setLookedUp] = useState(responseId !== null);
  const [carried, setCarried] = useState(false);
  const [retaking, setRetaking] = useState(false);
  // Focus follows the choice to take the pulse again, or not, so it is never left on a button that has gone.
  const toggled = useRef(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (toggled.current) toggleRef.current?.focus();
  }, [retaking]);
  const toggle = (next: boolean) => {
    toggled.current = true;
    setRetaking(next);
  };
  // After a pulse is submitted here its form is gone: focus moves to the scores that replace it.
  const justTaken = useRef(false);
  const scoresRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!justTaken.current || !scoresRef.current) return;
    justTaken.current = false;
    scoresRef.current.focus();
  }, [responseId, retaking]);
  const attach = useRef(onPulse);
  useEffect(() => {
    attach.current = onPulse;
  }, [onPulse]);

  useEffect(() => {
    if (lookedUp) return;
    let live = true;
    listRecentResponses(connection, CARRY_PULSE_LOOKBACK).then(
      ({ items }) => {
        if (!live) return;
        const found = pulseToCarry(items, weekOf, deviceTimeZone());
        if (found) {
          setCarried(true);
          attach.current(found.id);
        }
        setLookedUp(true);
      },
      () => live && setLookedUp(true),
    );
    return () => {
      live = false;
    };
  }, [connection, weekOf, lookedUp]);

  if (!lookedUp) return <p role="status">Looking for a pulse you took this week…</p>;
  if (responseId !== null && !retaking) {
    return (
      <>
        <div ref={scoresRef} tabIndex={-1}>
          <PulseScores responseId={responseId} carried={carried} />
        </div>
        <Button ref={toggleRef} variant="secondary" disabled={readOnly} onClick={() => toggle(true)}>
          Take the pulse again
        </Button>
      </>
    );
  }
  return (
    <>
      {responseId !== null && (
        <Button ref={toggleRef} variant="quiet" onClick={() => toggle(false)}>
          Keep the pulse I took earlier
        </Button>
      )}
      <Pulse
        onSubmitted={(id) => {
          toggled.current = false;
          justTaken.current = true;
          setRetaking(false);
          setCarried(false);
          onPulse(id);
        }}
      />
    </>
  );
}
