/**
 * Finds a Chromium for the browser tests and benchmarks, since test tools
 * cannot download browsers here: $CHROMIUM_PATH, then /usr/bin/chromium.
 * When neither exists and we are root on Debian, installs Debian's
 * `chromium` package with apt-get; otherwise fails saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/support/chromium-path.ts';

function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
} else if (isRootOnDebian()) {
  console.log('No Chromium found: installing Debian’s chromium package (about 350 MB, once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get finished but /usr/bin/chromium is still missing.');
    process.exit(1);
  }
  console.log(`Chromium: ${installed}`);
} else {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
