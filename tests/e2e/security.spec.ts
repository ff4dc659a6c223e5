/**
 * The app's own origin only: the built page carries a Content-Security-Policy
 * that allows nothing else, it runs under it without violations, and the
 * manifest is installable (name, icons including maskable, standalone).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Session } from './support/browser.ts';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';

const origin = inject('origin');

describe('content security policy and manifest', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  const violations: string[] = [];

  beforeAll(async () => {
    session = await launch(userDataDir);
    session.page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
  });

  it('sends a policy that allows only the app’s own origin', async () => {
    await session.page.goto(origin + '/');
    const csp = await session.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval/);
  });

  it('runs the whole app under it without a violation', async () => {
    const { page } = session;
    await page.goto(origin + '/assess/compassionate-leadership');
    await page.getByRole('radiogroup').first().getByRole('radio').nth(1).check();
    await page.goto(origin + '/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    // A script from elsewhere is refused by the browser.
    const blocked = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
          const script = document.createElement('script');
          script.src = 'http://127.0.0.2:9/evil.js';
          document.head.append(script);
          setTimeout(() => resolve(false), 2000);
        }),
    );
    expect(blocked).toBe(true);
    expect(violations.filter((v) => !v.includes('127.0.0.2'))).toEqual([]);
  });

  it('has an installable manifest', async () => {
    const response = await session.page.request.get(origin + '/manifest.webmanifest');
    const manifest = (await response.json()) as { id: string; name: string; short_name: string; display: string; theme_color: string; start_url: string; icons: Array<{ src: string; sizes: string; purpose?: string }> };
    // An id of its own, so an installed app stays the same app if start_url ever changes.
    expect(manifest).toMatchObject({ id: '/', short_name: 'Attune', display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const image = await session.page.request.get(origin + icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
    }
  });
});
