/**
 * /settings — the weekly rhythm (composed in by the app as `rhythm`, since
 * it belongs to the weekly reflection), storage: whether it is persistent,
 * how much is used, when this profile was last backed up and how often to be
 * reminded, and the app's version.
 */
import type { ReactNode } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import type { StorageState } from '../../storage/persistence.ts';
import { getStorageState, requestPersistence } from '../../storage/persistence.ts';
import { Button } from '../../ui/button.tsx';
import { formatBytes } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { BackupSettings } from './backup-settings.tsx';

export function SettingsScreen({ rhythm }: { rhythm?: ReactNode }) {
  useDocumentTitle('Settings');
  const profileName = useSession((s) => s.profile?.displayName ?? null);
  const [storage, setStorage] = useState<StorageState>();
  const [asked, setAsked] = useState(false);

  const refresh = useCallback(() => getStorageState().then(setStorage), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <>
      <h1>Settings</h1>
      {rhythm}
      <section className="card" aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage on this device</h2>
        <p>Everything you save in Attune stays in this browser on this device. Nothing is sent anywhere.</p>
        {storage === undefined ? (
          <p role="status">Checking storage…</p>
        ) : !storage.supported ? (
          <p>This browser does not say whether it keeps Attune's data safe from clean-ups.</p>
        ) : (
          <>
            <dl className="facts">
              <dt>Protection</dt>
              <dd>
                {storage.persisted
                  ? 'Persistent: the browser will not clear it to free space'
                  : 'Not yet persistent: the browser may clear it if the device runs short of space'}
              </dd>
              <dt>Space used</dt>
              <dd>
                {storage.usageBytes === null ? 'Unknown' : formatBytes(storage.usageBytes)}
                {storage.quotaBytes !== null && ` of ${formatBytes(storage.quotaBytes)} available`}
              </dd>
            </dl>
            {!storage.persisted && (
              <Button
                onClick={() => {
                  void requestPersistence().then(() => {
                    setAsked(true);
                    return refresh();
                  });
                }}
              >
                Keep my data safe from clean-ups
              </Button>
            )}
            {asked && !storage.persisted && (
              <Notice tone="info">
                The browser did not grant persistent storage yet. Installing Attune to your home screen, or using it
                regularly, usually lets the browser agree.
              </Notice>
            )}
          </>
        )}
        <BackupSettings />
      </section>
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <dl className="facts">
          <dt>Profile</dt>
          <dd>{profileName}</dd>
          <dt>Version</dt>
          <dd>{__APP_VERSION__}</dd>
        </dl>
      </section>
    </>
  );
}
