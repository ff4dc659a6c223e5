/**
 * "Restore from a backup": choose or drop a file; it is checked in the file
 * worker before anything is written (asking for its passphrase when it has
 * one); its contents are shown; the person chooses to add it to this profile
 * or restore it as a new one, and confirms. The write is all or nothing.
 * Every refusal or failure is said in an alert and leaves the screen ready
 * for another file. Nothing of the file goes into the URL or session storage.
 */
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { summarise } from '../../state/session-kit.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import type { FileProgress, RestorePreview, RestoreReport } from '../../storage/files/backup-types.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { describeFileError } from './describe-file-error.ts';
import { mergeBackup, openAttuneFile, previewRestore, restoreAsNewProfile } from './file-actions.ts';
import { FileDrop } from './file-drop.tsx';
import { PassphraseStep } from './passphrase-step.tsx';
import { profileIsEmpty } from './profile-is-empty.ts';
import type { RestoreChoice } from './restore-choice.tsx';
import { RestoreChoiceForm } from './restore-choice.tsx';
import { RestorePreviewFacts } from './restore-preview.tsx';
import { restoredInWords } from './restored-words.ts';
import { WorkProgress } from '../../ui/work-progress.tsx';

type Step =
  | { name: 'choose' }
  | { name: 'opening' }
  | { name: 'passphrase'; file: File }
  | { name: 'preview'; opened: OpenedFile; preview: RestorePreview; profileEmpty: boolean }
  | { name: 'restoring'; progress: FileProgress | null }
  | { name: 'done'; report: RestoreReport; newProfile: { id: string; displayName: string } | null };

const NOT_OPENED = 'This file could not be opened. Nothing has been changed; try another file.';
const NOT_RESTORED = 'The backup could not be restored. Nothing has been changed; please try again.';

export function RestoreSection() {
  const connection = useConnection();
  const directory = useSession((s) => s.directory);
  const sharedDevice = useSession((s) => s.device.sharedDevice);
  const guest = useSession((s) => s.profile?.guest ?? false);
  const lock = useSession((s) => s.lock);
  const chooseProfile = useSession((s) => s.chooseProfile);
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [alert, setAlert] = useState<string | null>(null);
  // Each choice of file starts afresh; an answer about an earlier one is dropped.
  const turn = useRef(0);

  async function open(file: File, passphrase?: string) {
    const mine = ++turn.current;
    setAlert(null);
    setStep({ name: 'opening' });
    try {
      const result = await openAttuneFile(file, { passphrase, expectKind: 'backup' });
      if (mine !== turn.current) return;
      if (!result.ok) {
        const { reason, message } = result.rejection;
        if (reason !== 'needs-passphrase') setAlert(message);
        setStep(reason === 'needs-passphrase' || reason === 'wrong-passphrase' ? { name: 'passphrase', file } : { name: 'choose' });
        return;
      }
      const [preview, empty] = await Promise.all([previewRestore(connection, result.file), profileIsEmpty(connection)]);
      if (mine !== turn.current) return;
      setStep({ name: 'preview', opened: result.file, preview, profileEmpty: empty });
    } catch (caught) {
      if (mine !== turn.current) return;
      setAlert(describeFileError(caught, NOT_OPENED));
      setStep({ name: 'choose' });
    }
  }

  async function restore(opened: OpenedFile, choice: RestoreChoice) {
    const mine = ++turn.current;
    setAlert(null);
    setStep({ name: 'restoring', progress: null });
    const onProgress = (progress: FileProgress) => mine === turn.current && setStep({ name: 'restoring', progress });
    try {
      if (choice.how === 'merge') {
        const report = await mergeBackup(connection, opened, { onProgress });
        setStep({ name: 'done', report, newProfile: null });
      } else {
        if (!directory) throw new Error('The device’s list of profiles is not open.');
        const { profile, report } = await restoreAsNewProfile(directory, opened, { ...choice, onProgress });
        // The session's list of profiles (the picker's) is read when a profile opens; the new one joins it now.
        useSession.setState((s) => ({ profiles: [...s.profiles.filter((p) => p.id !== profile.id), summarise(profile)] }));
        setStep({ name: 'done', report, newProfile: { id: profile.id, displayName: profile.displayName } });
      }
    } catch (caught) {
      setAlert(describeFileError(caught, NOT_RESTORED));
      setStep({ name: 'choose' });
    }
  }

  // Each step replaces the controls of the one before, the focused button with them: focus moves to the new
  // step's message, heading or field (marked data-step-focus), so it never falls to the page and each step is read out.
  const sectionRef = useRef<HTMLElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    sectionRef.current?.querySelector<HTMLElement>('[data-step-focus]')?.focus();
  }, [step.name, alert]);

  const working = step.name === 'opening' || step.name === 'restoring';
  return (
    <section className="card" id="restore" aria-labelledby="restore-heading" ref={sectionRef}>
      <h2 id="restore-heading">Restore from a backup</h2>
      <p>
        Open a backup made by Attune, on this device or another. You will see what it holds before anything is written, and
        nothing already here is ever overwritten.
      </p>
      <FileDrop disabled={working} onFile={(file) => void open(file)} />
      {alert && (
        <div tabIndex={-1} data-step-focus={step.name === 'passphrase' ? undefined : ''}>
          <Notice tone="alert">{alert}</Notice>
        </div>
      )}
      {step.name === 'opening' && (
        <p role="status" tabIndex={-1} data-step-focus="">
          Checking the file…
        </p>
      )}
      {step.name === 'passphrase' && <PassphraseStep onOpen={(passphrase) => void open(step.file, passphrase)} />}
      {step.name === 'preview' && (
        <>
          <RestorePreviewFacts preview={step.preview} />
          <RestoreChoiceForm
            suggestedName={step.preview.summary.displayName}
            profileEmpty={step.profileEmpty}
            sharedDevice={sharedDevice}
            guest={guest}
            onRestore={(choice) => void restore(step.opened, choice)}
          />
        </>
      )}
      {step.name === 'restoring' && (
        <div tabIndex={-1} data-step-focus="">
          <WorkProgress label="Restoring" progress={step.progress} />
        </div>
      )}
      {step.name === 'done' && (
        <>
          <div tabIndex={-1} data-step-focus="">
            <Notice tone="info">
              <p>{restoredInWords(step.report, step.newProfile?.displayName ?? null)}</p>
            </Notice>
          </div>
          {step.newProfile && (
            <Button
              onClick={() => {
                const { id } = step.newProfile!;
                // Closed as "Switch profile" closes it (this tab only), then opened as the picker opens one; then Today.
                void lock({ everywhere: false, toPicker: true })
                  .finally(() => chooseProfile(id))
                  .then(
                    () => navigate(paths.home()),
                    (caught: unknown) => setAlert(describeFileError(caught, NOT_OPENED)),
                  );
              }}
            >
              Open the new profile
            </Button>
          )}
        </>
      )}
    </section>
  );
}
