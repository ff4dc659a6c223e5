/**
 * The main navigation in the real browser, in light and dark mode: a bar
 * fixed to the bottom on a phone (390 × 844, and 320 px wide), in the header
 * on a tablet (1024 × 768); every target at least 44 × 44 px; the current
 * place marked by more than colour; no sideways scrolling; the bottom bar
 * never covers the end of a long page, nor a control reached with Tab; the
 * lock always in the header; and no navigation on the unlock screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import type { Session } from './support/browser.ts';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { SELF_ASSESSMENT_PATH } from './support/assessment-page.ts';
import { setPassphraseOnProfile } from './support/profile-page.ts';

const origin = inject('origin');
const PASSPHRASE = 'kettle harbour violet seventeen';
const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 640 };
const TABLET = { width: 1024, height: 768 };
const EVERYDAY = ['Today', 'Reflect', 'Journal', 'Practices', 'Progress'];
const ROUTES = ['/', '/reflections', '/reflect', '/journal', '/journal/new', '/practice', '/practice/paced-breathing', '/intentions', '/progress', '/settings', '/profiles'];

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function box(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).first().evaluate((el) => {
    const { top, bottom, left, right, width, height } = el.getBoundingClientRect();
    return { top, bottom, left, right, width, height };
  });
}

/**
 * Opens a route with the profile unlocked. Inside the app it moves as a link
 * would (a full load of a locked profile asks for the passphrase again);
 * from the unlock screen it unlocks first.
 */
async function open(page: Page, path: string): Promise<void> {
  if (await nav(page).isVisible()) {
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  } else {
    await page.goto(origin + path);
    const unlockHeading = page.getByRole('heading', { level: 1, name: /^Unlock / });
    await unlockHeading.or(nav(page)).first().waitFor({ timeout: 30_000 });
    if (await unlockHeading.isVisible()) {
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
      await nav(page).waitFor({ timeout: 30_000 });
    }
  }
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** Controls of the header and the navigation smaller than 44 × 44 px (visible ones only). */
async function smallTargets(page: Page): Promise<Array<{ name: string; width: number; height: number }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('header a, header button')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => {
        const rect = el.getBoundingClientRect();
        return { name: el.textContent?.trim() ?? '', width: rect.width, height: rect.height };
      })
      .filter((b) => b.width < 44 || b.height < 44),
  );
}

/** Answer choices (radio and checkbox labels) whose text runs past their own box, e.g. a long word like "Understanding". */
async function overflowingChoices(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.likert__option')]
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? ''),
  );
}

/** Places in the main navigation whose name runs past their own cell (five share a 320 px bar). */
async function overflowingPlaces(page: Page): Promise<string[]> {
  return nav(page).evaluate((el) =>
    [...el.querySelectorAll<HTMLAnchorElement>('a')].filter((a) => a.scrollWidth > a.clientWidth + 1).map((a) => a.textContent ?? ''),
  );
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The current place: its name, and whether it differs from the others by more than colour (weight and a bar). */
async function currentPlace(page: Page): Promise<{ names: string[]; markedBeyondColour: boolean }> {
  return nav(page).evaluate((el) => {
    const links = [...el.querySelectorAll<HTMLAnchorElement>('a')];
    const current = links.filter((a) => a.getAttribute('aria-current') === 'page');
    const [only] = current;
    const other = links.find((a) => !a.hasAttribute('aria-current'));
    const marked =
      current.length === 1 &&
      only !== undefined &&
      other !== undefined &&
      getComputedStyle(only).fontWeight !== getComputedStyle(other).fontWeight &&
      getComputedStyle(only).boxShadow !== 'none' &&
      getComputedStyle(other).boxShadow === 'none';
    return { names: current.map((a) => a.textContent ?? ''), markedBeyondColour: marked };
  });
}

/**
 * Tabs through the whole page from the top and, for each control that takes
 * focus, asks what is drawn at its centre (of the part inside the viewport):
 * it must be the control itself, not the bottom bar over it (WCAG 2.2 2.4.11).
 */
async function controlsHiddenWhenFocused(page: Page): Promise<{ visited: string[]; hidden: string[] }> {
  // Start at the first control of the page (the skip link), wherever focus was left.
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll<HTMLElement>('[data-tabbed]')) delete el.dataset.tabbed;
    document.querySelector<HTMLElement>('.skip-link')!.focus();
  });
  const hidden: string[] = [];
  const visited: string[] = [];
  for (let step = 0; step < 400; step += 1) {
    if (step > 0) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const rect = el.getBoundingClientRect();
      const top = Math.max(rect.top, 0);
      const bottom = Math.min(rect.bottom, window.innerHeight);
      const x = rect.left + rect.width / 2;
      const y = top < bottom ? (top + bottom) / 2 : rect.top + rect.height / 2;
      const hit = document.elementFromPoint(x, y);
      const name = `${Math.round(rect.top)}-${Math.round(rect.bottom)}/${window.innerHeight} ${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      const again = el.dataset.tabbed === 'yes';
      el.dataset.tabbed = 'yes';
      return { again, name, clear: hit !== null && el.contains(hit), hitName: hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing' };
    });
    if (focused === null) break;
    if (focused.again) break;
    visited.push(focused.name);
    if (!focused.clear) hidden.push(`${focused.name} under ${focused.hitName}`);
  }
  return { visited, hidden };
}

describe.each(['light', 'dark'] as const)('the main navigation in %s mode', (colorScheme) => {
  const userDataDir = newUserDataDir();
  let session: Session;

  beforeAll(async () => {
    session = await launch(userDataDir, { colorScheme });
    const { page } = session;
    await setPassphraseOnProfile(page, origin, PASSPHRASE);
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
  });

  it('is a bar fixed to the bottom on a phone, with the lock and “More” in the header', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await open(page, '/journal');
    const bar = await box(page, 'nav[aria-label="Main"]');
    const header = await box(page, 'header');
    expect(bar.bottom).toBeCloseTo(PHONE.height, 0);
    expect(bar.left).toBe(0);
    expect(bar.width).toBe(PHONE.width);
    expect(bar.top).toBeGreaterThan(header.bottom);
    expect(await nav(page).getByRole('link').allTextContents()).toEqual(EVERYDAY);
    expect(await currentPlace(page)).toEqual({ names: ['Journal'], markedBeyondColour: true });
    // Still there after scrolling: it is fixed to the viewport.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect((await box(page, 'nav[aria-label="Main"]')).bottom).toBeCloseTo(PHONE.height, 0);
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('button', { name: 'Lock', exact: true }).isVisible()).toBe(true);
    expect(await banner.getByRole('button', { name: /^More/ }).isVisible()).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
  });

  it('sits in the header on a tablet, beside the lock', async () => {
    const { page } = session;
    await page.setViewportSize(TABLET);
    await open(page, '/practice/paced-breathing');
    const bar = await box(page, 'nav[aria-label="Main"]');
    const header = await box(page, 'header');
    expect(bar.top).toBeGreaterThanOrEqual(header.top);
    expect(bar.bottom).toBeLessThanOrEqual(header.bottom);
    expect(await currentPlace(page)).toEqual({ names: ['Practices'], markedBeyondColour: true });
    const lock = await box(page, 'header button.shell__lock');
    expect(lock.bottom).toBeLessThanOrEqual(header.bottom);
    expect(await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).isVisible()).toBe(true);
    expect(await smallTargets(page)).toEqual([]);
  });

  it.each([
    ['a phone', PHONE],
    ['320 px wide', NARROW],
    ['a tablet', TABLET],
  ])('on %s: 44 px targets, no sideways scrolling on any route, “More” open or closed', async (_name, viewport) => {
    const { page } = session;
    await page.setViewportSize(viewport);
    for (const path of ROUTES) {
      await open(page, path);
      expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
      expect(await smallTargets(page), path).toEqual([]);
      expect(await overflowingChoices(page), path).toEqual([]);
    }
    expect(await overflowingPlaces(page)).toEqual([]);
    await page.getByRole('button', { name: /^More/ }).click();
    await page.getByRole('link', { name: 'Settings' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('link', { name: 'Settings' }).count()).toBe(0);
  });

  it.each([
    ['a phone', PHONE],
    ['320 px wide', NARROW],
  ])('on %s, never covers the end of a long page', async (_name, viewport) => {
    const { page } = session;
    await page.setViewportSize(viewport);
    await open(page, '/reflections');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
    const bar = await box(page, 'nav[aria-label="Main"]');
    const last = page.getByRole('main').getByRole('link').last();
    const end = await last.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const main = document.getElementById('main')!.lastElementChild!.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return { bottom: Math.max(rect.bottom, main.bottom), reachable: hit !== null && el.contains(hit) };
    });
    expect(end.bottom).toBeLessThanOrEqual(bar.top);
    expect(end.reachable).toBe(true);
  });

  // Each route with what shows it has replaced the previous screen and can be used (the router keeps the old screen up while the new one loads).
  it.each([
    ['/reflections', ['#weekly-reflection-heading']],
    ['/journal/new', ['main textarea:enabled']],
    [SELF_ASSESSMENT_PATH, ['#questionnaire-title', 'main input[type="radio"]:enabled']],
  ])('on a phone, never hides a control reached with Tab on %s', async (path, ready) => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await open(page, path);
    await page.waitForFunction((selectors) => selectors.every((selector) => document.querySelector(selector) !== null), ready);
    const { visited, hidden } = await controlsHiddenWhenFocused(page);
    expect(visited.length, visited.join('\n')).toBeGreaterThan(10);
    expect(hidden).toEqual([]);
  });

  it('starts the chosen place at its top when tapped from the bottom of a long page', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await open(page, '/reflections');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 0);
    await nav(page).getByRole('link', { name: 'Practices' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practices' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('shows no navigation, and nothing current, on the unlock screen', async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    await open(page, '/journal');
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Unlock / }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.locator('[aria-current="page"]').count()).toBe(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
