/**
 * The weekly reflection under way: its five parts in order, one progress
 * counter, each part another feature's screen passed in as a slot (see
 * ReflectSlots; the app composes them in src/app/weekly-slots.tsx). The
 * flow's own copy of the reflection is the truth while it is open, saved
 * after every part. Leaving part 4 or 5 first saves what was answered there
 * but not yet saved (a part reports it through `onPendingChange`), showing
 * the button busy meanwhile and staying if the save fails; the part itself
 * says when its save is slow. While a practice is under way in part 2
 * (`onActiveChange`), Skip and Back are hidden and the practice cannot be changed.
 */
import type { ComponentType } from 'react';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { WeeklyReflection, WeeklyStep } from '../../domain/weekly/weekly-reflection.ts';
import { nextStep, WEEKLY_STEP_TITLES, WEEKLY_STEPS } from '../../domain/weekly/weekly-reflection.ts';
import { useSession } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { ProgressBar } from '../../ui/progress-bar.tsx';
import { PulsePart } from './pulse-part.tsx';
export interface ReflectSlots {
  Pulse: ComponentType<{ onSubmitted: (responseId: string) => void }>;
  /** `onActiveChange` is told whether a practice is under way (from Start until its log form is saved or dismissed). */
  Practice: ComponentType<{ practiceId: string; onLogged: (logId: string | null) => void; onActiveChange: (active: boolean) => void }>;
  Journal: ComponentType<{ entryId: string | null; onBegun: (entryId: string) => void; onDone: (entryId: string | null) => void }>;
  /**
   * `onPendingChange` receives a function that saves the answer given but not
   * yet saved (resolving true once saved, false when it could not be, with the
   * reason shown by the part), or null when nothing is waiting.
   */
  FollowUp: ComponentType<{ onPendingChange: (save: (() => Promise<boolean>) | null) => void }>;
  /** `onPendingChange` as for FollowUp, for the intention chosen but not yet set. */
  Intention: ComponentType<{
    responseId: string | null;
    intentionId: string | null;
    onSaved: (intentionId: string) => void;
    onPendingChange: (save: (() => Promise<boolean>) | null) => void;
  }>;
}

/** Short practices offered in the flow, shortest first. */
const SHORT_PRACTICES = [
  { id: 'arrive', label: 'Arrive (1 minute)' },
  { id: 'pause-before-reacting', label: 'Pause before reacting (1½ minutes)' },
  { id: 'paced-breathing', label: 'Paced breathing (4 minutes)' },
];

export function Flow({ initial, focusFirst, slots, save, complete }: {
  initial: WeeklyReflection;
  focusFirst: boolean;
  slots: ReflectSlots;
  save: (record: WeeklyReflection) => Promise<void>;
  complete: (record: WeeklyReflection) => Promise<void>;
}) {
  const readOnly = useSession((s) => s.readOnly);
  const [practiceId, setPracticeId] = useState(SHORT_PRACTICES[0]!.id);
  // A practice under way (running, paused, or ended with its log form open) is not thrown away by Skip or a change of practice.
  const [practiceActive, setPracticeActive] = useState(false);
  // Part 4's answer or part 5's intention given but not yet saved, as a function that saves it; leaving the part saves it first.
  const [pendingSave, setPendingSave] = useState<(() => Promise<boolean>) | null>(null);
  const pendingRef = useRef<(() => Promise<boolean>) | null>(null);
  const leaving = useRef(false);
  // Finish or Continue is saving what the part holds; the part itself says when that save is slow.
  const [busy, setBusy] = useState(false);
  // The flow's own copy is the truth while it is open; saves run one after another, newest state last.
  const [record, setRecord] = useState(initial);
  const latest = useRef(initial);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = WEEKLY_STEPS.indexOf(record.step);
  const first = useRef(!focusFirst);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [record.step]);

  function go(patch: Partial<WeeklyReflection>, step: WeeklyStep | null) {
    const next = { ...latest.current, ...patch, step: step ?? latest.current.step };
    latest.current = next;
    if (step !== null) setRecord(next);
    chain.current = chain.current.then(() => (step === null ? complete(next) : save(next))).catch(() => undefined);
  }
  const advance = (patch: Partial<WeeklyReflection> = {}) => go(patch, nextStep(latest.current.step));
  /** Records something without moving on, unless the flow has already left that part. */
  const note = (part: WeeklyStep, patch: Partial<WeeklyReflection>) => {
    if (latest.current.step === part) go(patch, part);
  };
  const { Pulse, Practice, Journal, FollowUp, Intention } = slots;

  /**
   * Leaves part 4 or 5 (moving on, finishing, or going back) only once what
   * was given there is saved; stays when saving fails. A second press while
   * saving, or after finishing, does nothing. Reads the pending save from a
   * ref, which the part clears the moment it has saved, before this screen
   * re-renders.
   */
  async function leaveSaved(leave: () => void, finishing: boolean) {
    if (leaving.current) return;
    leaving.current = true;
    let left = false;
    try {
      const saveChosen = pendingRef.current;
      if (saveChosen) {
        setBusy(true);
        const saved = await saveChosen().finally(() => setBusy(false));
        if (!saved) return;
      }
      leave();
      left = true;
    } finally {
      if (!(left && finishing)) leaving.current = false;
    }
  }
  const back = () => go({}, WEEKLY_STEPS[index - 1]!);
  const reportPending = (saveGiven: (() => Promise<boolean>) | null) => {
    pendingRef.current = saveGiven;
    setPendingSave(() => saveGiven);
  };
  const savesFirst = record.step === 'follow-up' || record.step === 'intention';

  return (
    <section aria-labelledby="weekly-step-heading">
      <ProgressBar label={`Part ${index + 1} of ${WEEKLY_STEPS.length}`} value={index + 1} max={WEEKLY_STEPS.length} />
      <h2 id="weekly-step-heading" ref={headingRef} tabIndex={-1}>
        Part {index + 1} of {WEEKLY_STEPS.length}: {WEEKLY_STEP_TITLES[record.step]}
      </h2>
      {record.late && <p className="muted">This reflection counts for the week of {formatCalendarDate(record.weekOf)}, marked late.</p>}
      {record.step === 'practice' && (
        <div className="field">
          <label className="field__label" htmlFor="weekly-practice">
            Choose a short practice
          </label>
          <select id="weekly-practice" autoComplete="off" value={practiceId} disabled={practiceActive} onChange={(e) => setPracticeId(e.target.value)}>
            {SHORT_PRACTICES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {record.step === 'follow-up' && <p>If you set an intention last time, say what became of it. If not, carry on.</p>}
      {/* The parts load on demand: only the part waits, not the whole screen (its heading and progress stay in view). */}
      <Suspense fallback={<p role="status">Loading this part…</p>}>
        {record.step === 'pulse' && (
          <PulsePart
            weekOf={record.weekOf}
            responseId={record.pulseResponseId}
            readOnly={readOnly}
            Pulse={Pulse}
            onPulse={(responseId) => note('pulse', { pulseResponseId: responseId })}
          />
        )}
        {record.step === 'practice' && (
          <Practice
            key={practiceId}
            practiceId={practiceId}
            onLogged={(logId) => advance({ practiceLogId: logId })}
            onActiveChange={setPracticeActive}
          />
        )}
        {record.step === 'journal' && (
          <Journal
            entryId={record.journalEntryId}
            onBegun={(entryId) => note('journal', { journalEntryId: entryId })}
            onDone={(entryId) => advance({ journalEntryId: entryId })}
          />
        )}
        {record.step === 'follow-up' && <FollowUp onPendingChange={reportPending} />}
        {record.step === 'intention' && (
          <Intention
            responseId={record.pulseResponseId}
            intentionId={record.intentionId}
            onSaved={(intentionId) => note('intention', { intentionId })}
            onPendingChange={reportPending}
          />
        )}
      </Suspense>
      {record.step === 'intention' &&
        (pendingSave ? (
          <p>Finishing now also sets the intention you have chosen.</p>
        ) : (
          record.intentionId === null && <p className="muted">An intention is optional: you can finish without one.</p>
        ))}
      {record.step === 'practice' && practiceActive && (
        <p className="muted">To move on, finish or stop the practice, then log it or choose not to.</p>
      )}
      <div className="button-row">
        {index > 0 && !(record.step === 'practice' && practiceActive) && (
          <Button variant="secondary" disabled={readOnly} onClick={() => (savesFirst ? void leaveSaved(back, false) : back())}>
            Back to part {index}
          </Button>
        )}
        {record.step === 'intention' ? (
          <Button disabled={readOnly || busy} aria-busy={busy || undefined} onClick={() => void leaveSaved(() => advance(), true)}>
            {busy ? 'Saving…' : pendingSave ? 'Set my intention and finish' : 'Finish this week’s reflection'}
          </Button>
        ) : record.step === 'follow-up' ? (
          <Button disabled={readOnly || busy} aria-busy={busy || undefined} onClick={() => void leaveSaved(() => advance(), false)}>
            {busy ? 'Saving…' : 'Continue'}
          </Button>
        ) : record.step === 'pulse' && record.pulseResponseId ? (
          <Button disabled={readOnly} onClick={() => advance()}>
            Continue
          </Button>
        ) : (
          !(record.step === 'practice' && practiceActive) && (
            <Button variant="quiet" disabled={readOnly} onClick={() => advance()}>
              Skip this part
            </Button>
          )
        )}
      </div>
    </section>
  );
}
