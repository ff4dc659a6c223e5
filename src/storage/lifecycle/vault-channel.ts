/**
 * Tells every other tab of this browser that a profile's vault is about to
 * change, and that it has changed (BroadcastChannel: same origin only,
 * nothing leaves the device). A tab with that profile open saves what it
 * has with the old vault, closes it, and waits for the change to finish.
 */
const CHANNEL = 'attune-vault';

export type VaultMessage = { type: 'vault-changing' | 'vault-changed'; profileId: string };

let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

export function announceVault(type: VaultMessage['type'], profileId: string): void {
  getChannel()?.postMessage({ type, profileId } satisfies VaultMessage);
}

/** Calls `onMessage` for every vault message from another tab. Returns an unsubscribe function. */
export function listenForVaultChanges(onMessage: (message: VaultMessage) => void): () => void {
  const target = getChannel();
  if (!target) return () => undefined;
  const handler = (event: MessageEvent<Partial<VaultMessage>>) => {
    const { type, profileId } = event.data ?? {};
    if ((type === 'vault-changing' || type === 'vault-changed') && typeof profileId === 'string') onMessage({ type, profileId });
  };
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}

/** Resolves when another tab says `profileId`'s change is done, or after `timeoutMs`. */
export function vaultChanged(profileId: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    const stop = listenForVaultChanges((message) => {
      if (message.type === 'vault-changed' && message.profileId === profileId) done();
    });
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}
