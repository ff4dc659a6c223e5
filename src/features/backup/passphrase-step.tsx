/**
 * The passphrase of an encrypted backup file. It is the file's, not the
 * profile's, so the browser is told not to fill it in or remember it.
 */
import { useState } from 'react';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/text-field.tsx';

export function PassphraseStep({ onOpen }: { onOpen: (passphrase: string) => void }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      aria-label="This file is protected"
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase) onOpen(passphrase);
      }}
    >
      <p>This file is protected with a passphrase. Type the one chosen when the backup was made.</p>
      <TextField data-step-focus="" label="Passphrase for this file" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      <Button type="submit">Open the file</Button>
    </form>
  );
}
