/**
 * Opening a share file in the coach space: choose the file (and type its
 * passphrase when it has one), see what taking it in would do (a new
 * coachee, to be named; a newer share of a known one, with what is new; or a
 * refusal, with the reason), then take it in with visible progress. Nothing
 * is written before the coach confirms, and a refusal or failure changes
 * nothing. The same form serves "Open a share" on /coach and "Newer share"
 * on a coachee's page (with `expectLinkId`, so another leader's share is
 * never taken in as theirs).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ShareBody } from '../../domain/coaching/coaching-types.ts';
import { describeCovers } from '../../domain/coaching/share-covers.ts';
import { describeWhatIsNew } from '../../domain/coaching/what-is-new.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { useConnection } from '../../state/session-store.ts';
import type { ShareImportPreview, ShareImportReport } from '../../storage/coaching/coach-types.ts';
import type { FileProgress } from '../../storage/files/backup-types.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { WorkProgress } from '../../ui/work-progress.tsx';
import { importShare, openShareFile, previewShareImport } from './coach-actions.ts';
import { messageOf } from './message-of.ts';

export interface OpenShareLabels {
  file: string;
  passphrase: string;
  button: string;
}

type Step =
  | { name: 'choose' }
  | { name: 'opening' }
  | { name: 'preview'; opened: OpenedFile<ShareBody>; preview: Exclude<ShareImportPreview, { outcome: 'refused' }> }
  | { name: 'importing'; progress: FileProgress | null }
  | { name: 'done'; report: ShareImportReport };

const NOT_OPENED = 'This file could not be opened. Nothing has been changed; try another file.';
const NOT_TAKEN_IN = 'The share could not be taken in. Nothing has been changed; please try again.';

export function OpenShare({ labels, expectLinkId, onDone }: { labels: OpenShareLabels; expectLinkId?: string; onDone: (report: ShareImportReport) => void }) {
  const connection = useConnection();
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [alert, setAlert] = useState<string | null>(null);
  const [name, setName] = useState('');
  const passphraseBox = useRef<HTMLDivElement>(null);
  const fileId = useId();
  // Asked for (again): focus goes to the passphrase once the field is enabled again, after the render.
  const [askPassphrase, setAskPassphrase] = useState(0);
  const [passphraseAsked, setPassphraseAsked] = useState(false);
  useEffect(() => {
    if (askPassphrase > 0) passphraseBox.current?.querySelector('input')?.focus();
  }, [askPassphrase]);
  // Each opening starts afresh: an answer about an earlier file is dropped.
  const turn = useRef(0);

  async function open() {
    const mine = ++turn.current;
    setAlert(null);
    setPassphraseAsked(false);
    if (!file) return setAlert(`Choose a share file first, under “${labels.file}”.`);
    setStep({ name: 'opening' });
    try {
      const result = await openShareFile(file, passphrase || undefined);
      if (mine !== turn.current) return;
      if (!result.ok) {
        const { reason, message } = result.rejection;
        setAlert(
          reason === 'needs-passphrase' ? `This file is protected with a passphrase. Type it under “${labels.passphrase}”, then press “${labels.button}”.` : message,
        );
        setStep({ name: 'choose' });
        const asks = reason === 'needs-passphrase' || reason === 'wrong-passphrase';
        setPassphraseAsked(asks);
        if (asks) setAskPassphrase((n) => n + 1);
        return;
      }
      const preview = await previewShareImport(connection, result.file, expectLinkId === undefined ? {} : { expectLinkId });
      if (mine !== turn.current) return;
      if (preview.outcome === 'refused') {
        setAlert(preview.message);
        setStep({ name: 'choose' });
        return;
      }
      setName(preview.outcome === 'new-coachee' ? preview.leaderName : preview.coachee.displayName);
      setStep({ name: 'preview', opened: result.file, preview });
    } catch (caught) {
      if (mine !== turn.current) return;
      setAlert(messageOf(caught, NOT_OPENED));
      setStep({ name: 'choose' });
    }
  }

  async function takeIn(opened: OpenedFile<ShareBody>, displayName: string | undefined) {
    const mine = ++turn.current;
    setAlert(null);
    setStep({ name: 'importing', progress: null });
    try {
      const report = await importShare(connection, opened, {
        ...(displayName === undefined ? {} : { displayName }),
        ...(expectLinkId === undefined ? {} : { expectLinkId }),
        onProgress: (progress) => mine === turn.current && setStep({ name: 'importing', progress }),
      });
      if (mine !== turn.current) return;
      setStep({ name: 'done', report });
      setFile(null);
      setPassphrase('');
      onDone(report);
    } catch (caught) {
      if (mine !== turn.current) return;
      setAlert(messageOf(caught, NOT_TAKEN_IN));
      setStep({ name: 'choose' });
    }
  }

  // Each step replaces the controls of the one before, often the focused button with them: focus moves to the
  // new step's message, field or heading (marked data-step-focus), so it never falls to the page and each step is read out.
  const area = useRef<HTMLDivElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    area.current?.querySelector<HTMLElement>('[data-step-focus]')?.focus();
  }, [step.name, alert]);

  const busy = step.name === 'opening' || step.name === 'importing';
  return (
    <div ref={area}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void open();
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={fileId}>
            {labels.file}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            autoComplete="off"
            disabled={busy}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setAlert(null);
              setStep({ name: 'choose' });
            }}
          />
        </div>
        <div ref={passphraseBox}>
          <TextField
            label={labels.passphrase}
            hint="Only if the file is protected: the leader tells you the passphrase another way."
            type="password"
            autoComplete="off"
            value={passphrase}
            disabled={busy}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <div className="button-row">
          <Button type="submit" disabled={busy}>
            {labels.button}
          </Button>
        </div>
      </form>
      {alert && (
        <div tabIndex={-1} data-step-focus={passphraseAsked ? undefined : ''}>
          <Notice tone="alert">{alert}</Notice>
        </div>
      )}
      {step.name === 'opening' && (
        <p role="status" tabIndex={-1} data-step-focus="">
          Checking the file…
        </p>
      )}
      {step.name === 'importing' && (
        <div tabIndex={-1} data-step-focus="">
          <WorkProgress label="Taking in the share" progress={step.progress} />
        </div>
      )}
      {step.name === 'preview' && step.preview.outcome === 'new-coachee' && (
        <form
          aria-label="A new coachee"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return setAlert('Give this coachee a name.');
            void takeIn(step.opened, name.trim());
          }}
        >
          <p>This share is from someone new to this coaching space. It was made on {formatDateTime(step.preview.exportedAt)}.</p>
          <p>It holds {describeCovers(step.preview.covers)}.</p>
          <TextField data-step-focus="" label="Name for this coachee" maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
          <Button type="submit">Add coachee</Button>
        </form>
      )}
      {step.name === 'preview' && step.preview.outcome === 'update' && (
        <UpdatePreview preview={step.preview} onUpdate={() => void takeIn(step.opened, undefined)} />
      )}
      {step.name === 'done' && (
        <p role="status" tabIndex={-1} data-step-focus="">
          {step.report.outcome === 'added' ? 'Added' : 'Updated'} {step.report.coachee.displayName}
        </p>
      )}
    </div>
  );
}

function UpdatePreview({ preview, onUpdate }: { preview: Extract<ShareImportPreview, { outcome: 'update' }>; onUpdate: () => void }) {
  const news = describeWhatIsNew(preview.whatIsNew);
  const withdraws = preview.withdraws.length;
  return (
    <section aria-label={`A newer share from ${preview.coachee.displayName}`}>
      <p>
        A newer share from {preview.coachee.displayName}, made on {formatDateTime(preview.exportedAt)}. It holds {describeCovers(preview.covers)}, and
        replaces the share you have now.
      </p>
      <h3 id="what-is-new-heading" tabIndex={-1} data-step-focus="">
        What is new since the last share
      </h3>
      <ul aria-labelledby="what-is-new-heading">
        {news.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {withdraws > 0 && (
        <p>
          {preview.coachee.displayName} asks for {withdraws === 1 ? 'an earlier share' : `${withdraws} earlier shares`} to be removed; they will be.
        </p>
      )}
      <Button onClick={onUpdate}>Update {preview.coachee.displayName}</Button>
    </section>
  );
}
