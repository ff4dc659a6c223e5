/** Where Firefox ESR is: $FIREFOX_PATH if set, else Debian's /usr/bin/firefox-esr. */
import { existsSync } from 'node:fs';

export function findFirefox(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}
