/** /backup — back up this profile to a file, and restore one. A link to /backup#restore opens at the restore section. */
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { BackupSection } from './backup-section.tsx';
import { RestoreSection } from './restore-section.tsx';

export function BackupScreen() {
  useDocumentTitle('Back up and restore');
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === '#restore') document.getElementById('restore')?.scrollIntoView?.();
  }, [hash]);
  return (
    <>
      <h1>Back up and restore</h1>
      <p>
        Everything in Attune lives only in this browser. A backup file lets you keep it safe, and move it to a new device.
      </p>
      <BackupSection />
      <RestoreSection />
    </>
  );
}
