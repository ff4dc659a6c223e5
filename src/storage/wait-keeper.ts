/**
 * Keeps the served time of running waits written down while this tab is
 * open: every second, and at once when the page is hidden or left, so a
 * reload or another tab carries on from there instead of starting the wait
 * again. It stops by itself once no wait runs (or the directory closes), and
 * starts again with the next wrong passphrase, the unlock form, or the next
 * opening of the directory.
 */
import type { DirectoryDatabase } from './directory.ts';
import { recordServedTime } from './repositories/unlock-attempts-repo.ts';

const EVERY_MS = 1000;
const keeping = new WeakSet<DirectoryDatabase>();

/** Starts keeping time for `directory` in this tab, unless it already is. */
export function keepWaitTime(directory: DirectoryDatabase): void {
  if (keeping.has(directory) || directory.readOnly) return;
  keeping.add(directory);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let busy = false;

  const onHide = () => {
    if (document.visibilityState === 'hidden') tick();
  };
  const stop = () => {
    clearTimeout(timer);
    keeping.delete(directory);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide);
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', tick);
  };
  function tick() {
    if (busy) return;
    busy = true;
    clearTimeout(timer);
    recordServedTime(directory).then(
      (running) => {
        busy = false;
        if (running) timer = setTimeout(tick, EVERY_MS);
        else stop();
      },
      () => {
        busy = false;
        stop(); // closed, or storage failing: the next attempt starts it again
      },
    );
  }

  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', tick);
  tick();
}
