/**
 * Device settings: "This is a shared device" (every profile needs a
 * passphrase) and the idle time before it locks. A change shows at once and
 * is saved in turn after any profile change still under way (a passphrase
 * being set); if it is refused, the box goes back and says why.
 */
import { useRef, useState } from 'react';
import type { DeviceSettings } from '../../domain/device-settings.ts';
import { useSession } from '../../state/session-store.ts';
import { Notice } from '../../ui/notice.tsx';
import { describeProfileError } from './describe-error.ts';

const MINUTES = Array.from({ length: 15 }, (_, i) => i + 1);

export function DeviceSection() {
  const saved = useSession((s) => s.device);
  const setDevice = useSession((s) => s.setDevice);
  const [error, setError] = useState<string | null>(null);
  // Changes not saved yet, shown over the saved settings until the last one settles.
  const [pending, setPending] = useState<Partial<DeviceSettings> | null>(null);
  const latest = useRef(0);
  const device = { ...saved, ...pending };

  function change(changes: Partial<DeviceSettings>) {
    const mine = ++latest.current;
    setError(null);
    setPending((before) => ({ ...before, ...changes }));
    setDevice(changes).then(
      () => {
        if (mine === latest.current) setPending(null);
      },
      (e: unknown) => {
        if (mine === latest.current) setPending(null);
        setError(describeProfileError(e));
      },
    );
  }

  return (
    <section className="card" aria-labelledby="device-heading">
      <h2 id="device-heading">This device</h2>
      {error && <Notice tone="alert">{error}</Notice>}
      <label className="check">
        <input type="checkbox" autoComplete="off" checked={device.sharedDevice} onChange={(e) => change({ sharedDevice: e.target.checked })} />
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
          autoComplete="off"
          value={device.autoLockMinutes}
          disabled={!device.sharedDevice}
          onChange={(e) => change({ autoLockMinutes: Number(e.target.value) })}
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
