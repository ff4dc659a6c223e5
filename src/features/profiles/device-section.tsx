/** Device settings: "This is a shared device" (every profile needs a passphrase) and the idle time before it locks. */
import { useState } from 'react';
import { useSession } from '../../state/session-store.ts';
import { Notice } from '../../ui/notice.tsx';
import { describeProfileError } from './describe-error.ts';

const MINUTES = Array.from({ length: 15 }, (_, i) => i + 1);

export function DeviceSection() {
  const device = useSession((s) => s.device);
  const setDevice = useSession((s) => s.setDevice);
  const [error, setError] = useState<string | null>(null);

  function change(settings: typeof device) {
    setError(null);
    setDevice(settings).catch((e: unknown) => setError(describeProfileError(e)));
  }

  return (
    <section className="card" aria-labelledby="device-heading">
      <h2 id="device-heading">This device</h2>
      {error && <Notice tone="alert">{error}</Notice>}
      <label className="check">
        <input type="checkbox" checked={device.sharedDevice} onChange={(e) => change({ ...device, sharedDevice: e.target.checked })} />
        <span>This is a shared device</span>
      </label>
      <p className="muted">
        On a shared device every profile needs a passphrase, Attune starts with the profile picker, and it locks itself
        when left idle, when it is hidden, and 12 hours after unlocking.
      </p>
      <div className="field">
        <label htmlFor="auto-lock-minutes" className="field__label">
          Lock after this many idle minutes
        </label>
        <select
          id="auto-lock-minutes"
          value={device.autoLockMinutes}
          disabled={!device.sharedDevice}
          onChange={(e) => change({ ...device, autoLockMinutes: Number(e.target.value) })}
        >
          {MINUTES.map((m) => (
            <option key={m} value={m}>
              {m} {m === 1 ? 'minute' : 'minutes'}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
