/** Runs axe-core in the page (WCAG 2.0–2.2 A and AA rules) and returns its violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** No axe violations in light and dark, and nothing wider than 320 px, in the page's current state (named `state` in failures). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${state}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const viewport = page.viewportSize() ?? { width: 1024, height: 768 };
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    // Charts take the new width a frame or two after the resize (a ResizeObserver): give the page up to 3 s to reflow, then judge it.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 320, undefined, { timeout: 3000, polling: 100 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${state} at 320 px`).toBeLessThanOrEqual(320);
  } finally {
    await page.setViewportSize(viewport);
  }
}
