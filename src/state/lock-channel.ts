/**
 * Tells every open tab of Attune to lock, at once, over a BroadcastChannel
 * (same origin only; nothing leaves the device). A tab that receives the
 * message locks itself without broadcasting again.
 */
const CHANNEL = 'attune-lock';

let channel: BroadcastChannel | undefined;

function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

export function broadcastLock(): void {
  getChannel()?.postMessage({ type: 'lock' });
}

/** Calls `onLock` whenever another tab locks. Returns an unsubscribe function. */
export function listenForLock(onLock: () => void): () => void {
  const target = getChannel();
  if (!target) return () => undefined;
  const handler = (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type === 'lock') onLock();
  };
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}
