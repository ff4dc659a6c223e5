/**
 * Finds the browsers for the browser tests and benchmarks, since test tools
 * cannot download browsers here: Chromium ($CHROMIUM_PATH, then
 * /usr/bin/chromium) for every test and the benchmark, and Firefox ESR
 * ($FIREFOX_PATH, then /usr/bin/firefox-esr) for the second-engine test.
 * Whatever is missing, when we are root on Debian, is installed from
 * Debian's packages with one apt-get; otherwise it fails saying what to
 * install. `--chromium-only` skips Firefox (the benchmark needs Chromium only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/support/chromium-path.ts';
import { findFirefox } from '../tests/e2e/support/firefox-path.ts';

function isRootOnDebian(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

const wanted = [
  { name: 'Chromium', find: findChromium, debianPackage: 'chromium', variable: 'CHROMIUM_PATH' },
  ...(process.argv.includes('--chromium-only') ? [] : [{ name: 'Firefox ESR', find: findFirefox, debianPackage: 'firefox-esr', variable: 'FIREFOX_PATH' }]),
];

const missing = wanted.filter((browser) => !browser.find());
if (missing.length > 0) {
  if (!isRootOnDebian()) {
    for (const browser of missing) {
      console.error(
        `The browser tests need ${browser.name} and none was found.\n` +
          `Install it (Debian/Ubuntu: \`sudo apt-get install ${browser.debianPackage}\`) or set ${browser.variable} to its binary.`,
      );
    }
    process.exit(1);
  }
  const packages = missing.map((browser) => browser.debianPackage);
  console.log(`Installing Debian’s ${packages.join(' and ')} (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
for (const browser of wanted) {
  const path = browser.find();
  if (!path) {
    console.error(`apt-get finished but ${browser.name} is still missing.`);
    process.exit(1);
  }
  console.log(`${browser.name}: ${path}`);
}
