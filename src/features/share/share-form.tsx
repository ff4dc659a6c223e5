/**
 * Sharing with a coach: choose the scope (the last one used comes back),
 * optionally earlier shares to withdraw, the name the coach will see and a
 * passphrase (on by default: the coach is told it another way). "Preview
 * what will be shared" shows exactly what will leave the device; any change
 * of scope after that drops the preview, and the file is made from the very
 * scope that was previewed. The file goes to the share sheet where there is
 * one, else it downloads; only once it has left the device is the share
 * recorded (so a later one can withdraw it). The storage helper remembers
 * the scope when it makes the file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShareScope } from '../../domain/coaching/coaching-types.ts';
import { DEFAULT_SHARE_SCOPE } from '../../domain/coaching/coaching-types.ts';
import { checkNewPassphrase } from '../../domain/crypto/secret-policy.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import type { FileProgress } from '../../storage/files/backup-types.ts';
import type { MadeShare, ShareMade, SharePreview } from '../../storage/sharing/share-types.ts';
import { Button } from '../../ui/button.tsx';
import type { HandOverResult } from '../../ui/hand-over.ts';
import { download, handOver } from '../../ui/hand-over.ts';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { ScopeFields } from './scope-fields.tsx';
import { describeFailure } from './describe-failure.ts';
import { listSharesMade, makeShareFile, previewShare, readShareScope, recordShareMade } from './share-actions.ts';
import { SharePreviewRegion } from './share-preview.tsx';
import { WithdrawFields } from './withdraw-fields.tsx';

const HANDED_OVER: Record<HandOverResult, string> = {
  shared: 'The file was handed to the app you chose.',
  'share-cancelled': 'The share was closed before the file was sent anywhere, so nothing has been shared. You can download the file instead.',
  downloaded: 'The file is in your downloads. Send it to your coach, and tell them the passphrase another way (in person or by phone).',
};

/** The longest name a share file takes (MAX_DISPLAY_NAME in domain/files, not imported: it would bring the file schemas into this chunk). */
const NAME_LENGTH = 100;

export function ShareForm() {
  const connection = useConnection();
  const profileName = useSession((s) => s.profile?.displayName ?? '');
  const [scope, setScope] = useState<ShareScope | null>(null);
  const [shares, setShares] = useState<ShareMade[]>([]);
  const [withdraw, setWithdraw] = useState<Set<string>>(new Set());
  const [leaderName, setLeaderName] = useState(profileName);
  const [protect, setProtect] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [preview, setPreview] = useState<SharePreview | null>(null);
  const [working, setWorking] = useState<'previewing' | 'making' | null>(null);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const [made, setMade] = useState<{ share: MadeShare; handedOver: HandOverResult; withdraw: string[]; madeAt: Date } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  const refreshShares = useCallback(
    () =>
      listSharesMade(connection).then(
        (all) => setShares(all.filter((share) => share.withdrawnBy === undefined)),
        () => setShares([]),
      ),
    [connection],
  );
  useEffect(() => {
    let cancelled = false;
    readShareScope(connection).then(
      (last) => !cancelled && setScope(last),
      () => !cancelled && setScope(DEFAULT_SHARE_SCOPE),
    );
    void refreshShares();
    return () => {
      cancelled = true;
    };
  }, [connection, refreshShares]);

  useEffect(() => {
    if (preview) previewRef.current?.querySelector<HTMLElement>('[data-step-focus]')?.focus();
  }, [preview]);

  /** The file has left the device: record the share, so a later one can withdraw it. */
  const recordMade = useCallback(
    (share: MadeShare, chosen: string[], madeAt: Date) =>
      recordShareMade(connection, { shareId: share.shareId, madeAt, covers: share.covers, withdraw: chosen }).then(
        () => refreshShares(),
        (caught: unknown) => setError(describeFailure(caught, 'The file was made, but this device could not note that it was shared. Nothing else has changed.')),
      ),
    [connection, refreshShares],
  );

  if (scope === null) return <p role="status">Loading your sharing choices…</p>;

  function changeScope(next: ShareScope) {
    setScope(next);
    setPreview(null);
    setMade(null);
  }

  async function showPreview(current: ShareScope) {
    setError(null);
    setMade(null);
    if (current.from && current.to && current.from > current.to) return setError('The “From” date is after the “To” date. Choose dates in order.');
    setWorking('previewing');
    try {
      setPreview(await previewShare(connection, current));
    } catch (caught) {
      setError(describeFailure(caught, 'The preview could not be made. Nothing has been shared; please try again.'));
    } finally {
      setWorking(null);
    }
  }

  async function makeFile(previewed: SharePreview) {
    setError(null);
    setMade(null);
    const name = leaderName.trim();
    if (!name) return setError('Type the name your coach knows you by, under “Your name for your coach”.');
    if (protect) {
      if (!passphrase) return setError('Choose a passphrase for the file, or untick “Protect with a passphrase”.');
      if (passphrase !== again) return setError('The two passphrases are not the same.');
      const policy = await checkNewPassphrase(passphrase);
      if (!policy.ok) return setError(policy.message);
    }
    const chosen = [...withdraw];
    const madeAt = new Date();
    setWorking('making');
    setProgress(null);
    try {
      // The scope previewed, not whatever is on screen: the file holds exactly what was shown.
      const share = await makeShareFile(connection, previewed.scope, {
        leaderName: name,
        passphrase: protect ? passphrase : undefined,
        withdraw: chosen,
        onProgress: setProgress,
        now: madeAt,
      });
      const handedOver = await handOver(share.blob, share.fileName);
      setMade({ share, handedOver, withdraw: chosen, madeAt });
      setPassphrase('');
      setAgain('');
      if (handedOver !== 'share-cancelled') {
        setWithdraw(new Set());
        void recordMade(share, chosen, madeAt);
      }
    } catch (caught) {
      setError(describeFailure(caught, 'The share file could not be made. Nothing has been shared; please try again.'));
    } finally {
      setWorking(null);
      setProgress(null);
    }
  }

  const busy = working !== null;
  return (
    <form
      className="card"
      aria-labelledby="share-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void (preview ? makeFile(preview) : showPreview(scope));
      }}
    >
      <h2 id="share-form-heading">Choose what to share</h2>
      <ScopeFields scope={scope} disabled={busy} onChange={changeScope} />
      <WithdrawFields shares={shares} chosen={withdraw} disabled={busy} onChange={setWithdraw} />
      <TextField
        label="Your name for your coach"
        hint="Your coach sees this name. Their app recognises your later shares by a code in the file, not by the name."
        value={leaderName}
        maxLength={NAME_LENGTH}
        disabled={busy}
        onChange={(e) => setLeaderName(e.target.value)}
      />
      <label className="check">
        <input type="checkbox" autoComplete="off" checked={protect} disabled={busy} onChange={(e) => setProtect(e.target.checked)} />
        <span>Protect with a passphrase</span>
      </label>
      {protect ? (
        <>
          <TextField
            label="Passphrase"
            hint="At least 12 characters, or four or more words. Tell it to your coach another way than the file (in person or by phone)."
            type="password"
            autoComplete="new-password"
            value={passphrase}
            disabled={busy}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <TextField label="Repeat passphrase" type="password" autoComplete="new-password" value={again} disabled={busy} onChange={(e) => setAgain(e.target.value)} />
        </>
      ) : (
        <Notice tone="warning">Without a passphrase, anyone who gets the file can read everything in it.</Notice>
      )}
      <div className="button-row">
        <Button type={preview ? 'button' : 'submit'} variant={preview ? 'secondary' : 'primary'} disabled={busy} onClick={preview ? () => void showPreview(scope) : undefined}>
          Preview what will be shared
        </Button>
      </div>
      {working === 'previewing' && <p role="status">Gathering what would be shared…</p>}
      {preview && (
        <div ref={previewRef}>
          <SharePreviewRegion preview={preview} withdrawing={withdraw.size} />
          <div className="button-row">
            <Button type="submit" disabled={busy}>
              Make the share file
            </Button>
          </div>
        </div>
      )}
      {working === 'making' && (
        <div className="field">
          {progress && progress.total > 0 ? (
            <progress aria-label="Making the share file" max={progress.total} value={Math.min(progress.done, progress.total)} />
          ) : (
            <progress aria-label="Making the share file" />
          )}
          <p className="muted">Making the share file…</p>
        </div>
      )}
      {error && <Notice tone="alert">{error}</Notice>}
      {made && (
        <div role="status">
          <p>Share file ready: {made.share.fileName}</p>
          <p>{made.share.encrypted ? 'It is protected with your passphrase.' : 'It is not protected: anyone who gets it can read it.'}</p>
          <p>{HANDED_OVER[made.handedOver]}</p>
        </div>
      )}
      {made && (
        <div className="button-row">
          <Button
            variant="secondary"
            onClick={() => {
              download(made.share.blob, made.share.fileName);
              if (made.handedOver === 'share-cancelled') {
                setMade({ ...made, handedOver: 'downloaded' });
                setWithdraw(new Set());
                void recordMade(made.share, made.withdraw, made.madeAt);
              }
            }}
          >
            {made.handedOver === 'share-cancelled' ? 'Download the file' : 'Download the file again'}
          </Button>
        </div>
      )}
    </form>
  );
}
