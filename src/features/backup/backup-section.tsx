/**
 * "Back up this profile": one action that writes the whole profile to a file.
 * A locked profile's file is protected with a passphrase unless the person
 * ticks, on purpose, that they understand it will not be. The passphrase
 * follows the same policy as a profile's. The file goes to the share sheet
 * where there is one, else it downloads; either way it can be downloaded
 * again from here. Nothing of the file is kept once the screen is left.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { checkNewPassphrase } from '../../domain/crypto/secret-policy.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import type { FileProgress, MadeBackup } from '../../storage/files/backup-types.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { describeFileError } from './describe-file-error.ts';
import { makeBackupFile, readLastBackup, recordLastBackup } from './file-actions.ts';
import type { HandOverResult } from '../../ui/hand-over.ts';
import { download, handOver } from '../../ui/hand-over.ts';
import { countsInWords, totalOf, unreadableInWords } from './record-words.ts';
import { WorkProgress } from '../../ui/work-progress.tsx';

/** Router state that starts a backup at once: Today's reminder links here with it, for a one-tap backup. */
export interface StartBackupState {
  startBackup: true;
}

function asksToStart(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as Partial<StartBackupState>).startBackup === true;
}

const HANDED_OVER: Record<HandOverResult, string> = {
  shared: 'The file was handed to the app you chose.',
  'share-cancelled': 'The share was closed before the file was sent anywhere, so the file was not shared and this backup is not counted. You can download the file instead.',
  downloaded: 'The file is in your downloads.',
};

export function BackupSection() {
  const connection = useConnection();
  const displayName = useSession((s) => s.profile?.displayName ?? 'Attune');
  const locked = useSession((s) => s.profile?.hasPassphrase ?? false);
  const [protect, setProtect] = useState(locked);
  const [understood, setUnderstood] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<FileProgress | 'starting' | null>(null);
  const [made, setMade] = useState<{ backup: MadeBackup; handedOver: HandOverResult } | null>(null);
  const [lastBackup, setLastBackup] = useState<string | null | undefined>(undefined);
  const passphraseBox = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const [startAsked] = useState(() => asksToStart(location.state));
  const [needsPassphraseFirst] = useState(() => startAsked && locked);

  const refreshLastBackup = useCallback(
    () =>
      readLastBackup(connection).then(
        (at) => setLastBackup(at),
        () => setLastBackup(undefined),
      ),
    [connection],
  );
  useEffect(() => {
    void refreshLastBackup();
  }, [refreshLastBackup]);

  /** A backup counts only once its file has left the device: shared or downloaded, never a closed share sheet. */
  const recordMade = useCallback(
    () =>
      recordLastBackup(connection, new Date()).then(
        () => refreshLastBackup(),
        () => undefined,
      ),
    [connection, refreshLastBackup],
  );

  async function backUp() {
    setError(null);
    setMade(null);
    if (locked && !protect && !understood) {
      return setError('This profile is locked, so its backup is protected unless you tick “I understand the file will not be protected”.');
    }
    if (protect) {
      if (passphrase !== again) return setError('The two passphrases are not the same.');
      const policy = await checkNewPassphrase(passphrase);
      if (!policy.ok) return setError(policy.message);
    }
    setProgress('starting');
    try {
      const backup = await makeBackupFile(connection, displayName, {
        passphrase: protect ? passphrase : undefined,
        onProgress: setProgress,
      });
      const handedOver = await handOver(backup.blob, backup.fileName);
      setMade({ backup, handedOver });
      setPassphrase('');
      setAgain('');
      if (handedOver !== 'share-cancelled') void recordMade();
    } catch (caught) {
      setError(describeFileError(caught, 'The backup could not be made. Nothing has been changed; please try again.'));
    } finally {
      setProgress(null);
    }
  }

  // Today's "Back up now": a profile whose backup needs no passphrase is backed up at once; a locked one
  // is asked for the file's passphrase first. The request is dropped from history, so going back or
  // reloading does not make another file.
  const started = useRef(false);
  useEffect(() => {
    if (!startAsked || started.current) return;
    started.current = true;
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
    if (needsPassphraseFirst) {
      passphraseBox.current?.querySelector('input')?.focus();
    } else {
      queueMicrotask(() => void backUp());
    }
    // Runs once, for the request this screen was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [startAsked]);

  const busy = progress !== null;
  return (
    <form
      className="card"
      aria-labelledby="backup-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void backUp();
      }}
    >
      <h2 id="backup-heading">Back up this profile</h2>
      <p>
        One file holds everything in this profile: results and their answers, unfinished reflections, journal, practice log,
        intentions, weekly reflections and preferences. Keep it somewhere safe that is not this device.
      </p>
      <p>
        {lastBackup === undefined
          ? null
          : lastBackup === null
            ? 'This profile has not been backed up yet.'
            : `Last backed up ${formatDateTime(lastBackup)}.`}
      </p>
      <label className="check">
        <input type="checkbox" autoComplete="off" checked={protect} disabled={busy} onChange={(e) => setProtect(e.target.checked)} />
        <span>Protect the file with a passphrase</span>
      </label>
      {locked && !protect && (
        <>
          <p>This profile is locked. Without a passphrase, anyone who gets the file can read everything in it.</p>
          <label className="check">
            <input type="checkbox" autoComplete="off" checked={understood} disabled={busy} onChange={(e) => setUnderstood(e.target.checked)} />
            <span>I understand the file will not be protected</span>
          </label>
        </>
      )}
      {protect && (
        <div ref={passphraseBox}>
          {needsPassphraseFirst && (
            <p>This profile is locked, so its backup is protected with a passphrase. Choose one for the file, then press “Back up now”.</p>
          )}
          <TextField
            label="Passphrase for the file"
            hint="At least 12 characters, or four or more words. You will need it to restore the file; nobody can recover it for you."
            type="password"
            autoComplete="new-password"
            value={passphrase}
            disabled={busy}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <TextField
            label="Type the passphrase again"
            type="password"
            autoComplete="new-password"
            value={again}
            disabled={busy}
            onChange={(e) => setAgain(e.target.value)}
          />
        </div>
      )}
      {error && <Notice tone="alert">{error}</Notice>}
      {busy && <WorkProgress label="Backing up" progress={progress === 'starting' ? null : progress} />}
      {made && <BackedUp backup={made.backup} handedOver={made.handedOver} />}
      <div className="button-row">
        <Button type="submit" disabled={busy}>
          Back up now
        </Button>
        {made && (
          <Button
            variant="secondary"
            onClick={() => {
              download(made.backup.blob, made.backup.fileName);
              void recordMade();
            }}
          >
            {made.handedOver === 'share-cancelled' ? 'Download the file' : 'Download the file again'}
          </Button>
        )}
      </div>
    </form>
  );
}

function BackedUp({ backup, handedOver }: { backup: MadeBackup; handedOver: HandOverResult }) {
  const unreadable = unreadableInWords(backup.unreadable, 'this backup');
  return (
    <Notice tone="info">
      <p>
        Backed up {totalOf(backup.counts) === 0 ? 'this profile, which holds no records yet,' : countsInWords(backup.counts)} to “{backup.fileName}”
        {backup.encrypted ? ', protected with your passphrase.' : ', without a passphrase.'}
      </p>
      {unreadable.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p>{HANDED_OVER[handedOver]}</p>
    </Notice>
  );
}
