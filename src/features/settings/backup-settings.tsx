/**
 * The backup part of Settings' storage card: when this profile was last
 * backed up, the way to back up and restore, and how often Today may remind
 * the person to back up (stored in the profile's preferences; every two
 * weeks unless chosen otherwise; only while storage is not persistent).
 */
import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { backupReminderDays } from '../../domain/preferences.ts';
import { useConnection, useSession } from '../../state/session-store.ts';
import { toStorageError } from '../../storage/errors.ts';
import { readLastBackup } from '../../storage/files/last-backup.ts';
import { getPreferences, savePreferences } from '../../storage/repositories/weekly-repo.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';

const INTERVALS = [
  { days: 7, label: 'Every week' },
  { days: 14, label: 'Every two weeks' },
  { days: 30, label: 'Every month' },
  { days: 0, label: 'Never' },
] as const;

export function BackupSettings() {
  const connection = useConnection();
  const readOnly = useSession((s) => s.readOnly);
  const preferences = useLiveQuery(() => getPreferences(connection), [connection]);
  const [lastBackup, setLastBackup] = useState<string | null | 'unknown'>();
  const [error, setError] = useState<string | null>(null);
  // The choice shows at once, before the saved preferences come back round.
  const [chosen, setChosen] = useState<number>();
  const selectId = useId();

  useEffect(() => {
    let live = true;
    readLastBackup(connection).then(
      (at) => live && setLastBackup(at),
      () => live && setLastBackup('unknown'),
    );
    return () => {
      live = false;
    };
  }, [connection]);

  return (
    <>
      <dl className="facts">
        <dt>Last backup</dt>
        <dd>{lastBackup === undefined ? 'Checking…' : lastBackup === 'unknown' ? 'Unknown' : lastBackup === null ? 'Never' : formatDateTime(lastBackup)}</dd>
      </dl>
      <p>
        <Link to={paths.backup()}>Back up and restore</Link>
      </p>
      {preferences && (
        <div className="field">
          <label className="field__label" htmlFor={selectId}>
            Remind me to back up
          </label>
          <p className="field__hint" id={`${selectId}-hint`}>
            Only while this browser may clear Attune’s data to free space.
          </p>
          <select
            id={selectId}
            autoComplete="off"
            aria-describedby={`${selectId}-hint`}
            disabled={readOnly}
            value={chosen ?? backupReminderDays(preferences)}
            onChange={(event) => {
              const days = Number(event.target.value);
              setChosen(days);
              savePreferences(connection, { ...preferences, backupReminderDays: days }).then(
                () => setError(null),
                (caught: unknown) => setError(toStorageError(caught).message),
              );
            }}
          >
            {INTERVALS.map(({ days, label }) => (
              <option key={days} value={days}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && <Notice tone="alert">{error}</Notice>}
    </>
  );
}
