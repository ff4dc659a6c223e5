/**
 * Web Locks that keep a vault change apart from every tab that has the
 * profile open. A tab holds `attune-vault-<profileId>` in shared mode while
 * the profile is open, and asks for it (so waits) before opening it; a vault
 * change (a passphrase set or changed, the data removed) takes it exclusively,
 * so it runs only once every other tab has saved what it had and let go.
 * Where Web Locks are missing (unit tests in jsdom) these do nothing, and
 * the repositories' vault check is what stops a stale tab.
 */

/** How long a vault change waits for other tabs to let go before it takes the lock from them. */
export const EXCLUSIVE_WAIT_MS = 3000;
/** How long opening a profile waits for a vault change in another tab before it goes ahead anyway. */
const SHARED_WAIT_MS = 15_000;

function vaultLockName(profileId: string): string {
  return `attune-vault-${profileId}`;
}

function locks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/**
 * Holds the profile's lock in shared mode; resolves once it is held (after
 * any vault change in progress) with the function that lets it go.
 */
export async function holdShared(profileId: string): Promise<() => void> {
  const manager = locks();
  if (!manager) return () => undefined;
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await new Promise<void>((granted) => {
    manager
      .request(vaultLockName(profileId), { mode: 'shared', signal: AbortSignal.timeout(SHARED_WAIT_MS) }, () => {
        granted();
        return released;
      })
      .catch(() => granted()); // timed out, or taken by a change that could not wait: the vault check still guards writes
  });
  return release;
}

/**
 * Runs `change` holding the profile's lock exclusively. Waits up to
 * EXCLUSIVE_WAIT_MS for other tabs to let go, then takes it from them.
 */
export async function withExclusive<T>(profileId: string, change: () => Promise<T>, waitMs = EXCLUSIVE_WAIT_MS): Promise<T> {
  const manager = locks();
  if (!manager) return change();
  let started = false;
  const run = () => {
    started = true;
    return change();
  };
  try {
    return await manager.request(vaultLockName(profileId), { mode: 'exclusive', signal: AbortSignal.timeout(waitMs) }, run);
  } catch (error) {
    if (started) throw error;
    return manager.request(vaultLockName(profileId), { steal: true }, run);
  }
}

function restoreLockName(profileId: string): string {
  return `attune-restoring-${profileId}`;
}

/** Holds `attune-restoring-<profileId>` while a restore writes the new profile, so another tab's start-up sweep leaves it; returns the release. */
export async function holdRestoring(profileId: string): Promise<() => void> {
  const manager = locks();
  if (!manager) return () => undefined;
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await new Promise<void>((granted) => {
    manager
      .request(restoreLockName(profileId), { mode: 'exclusive' }, () => {
        granted();
        return released;
      })
      .catch(() => granted());
  });
  return release;
}

/** Whether a tab is restoring into `profileId` now (false where Web Locks are missing). */
export async function isRestoringElsewhere(profileId: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return false;
  const { held = [] } = await manager.query();
  return held.some((lock) => lock.name === restoreLockName(profileId));
}
