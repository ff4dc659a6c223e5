/**
 * Accessibility in the real browser: zero axe-core violations on every route
 * in light and dark mode, touch targets of at least 44 px, and a whole step
 * of the assessment done with the keyboard alone. The coaching routes are
 * checked with a coachee present: the profile is made a coach space and
 * takes in a small share made in node (tests/fixtures/coaching).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paths as appPaths } from '../../src/app/paths.ts';
import { readHistoryContent } from '../bench/seed-history.ts';
import type { SeededShare } from '../fixtures/coaching/seeded-share.ts';
import { seededShare } from '../fixtures/coaching/seeded-share.ts';
import { addCoachee, openShare } from './support/coach-page.ts';
import { axeViolations } from './support/axe.ts';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';
import { SELF_ASSESSMENT_PATH, takeWholeAssessment, takeWholeQuestionnaire, waitForDraftSaved } from './support/assessment-page.ts';

const PRESENCE_PATH = '/assess/leadership-presence';

const origin = inject('origin');

const SHARE_SIZE = { assessments: 2, pulses: 6, journal: 20, journalChars: 300, practice: 4, intentions: 3, presence: 1 };
const shareDir = mkdtempSync(join(tmpdir(), 'attune-a11y-share-'));
const shareFile = join(shareDir, 'share.json');
let shared: Promise<SeededShare> | undefined;

/** A small share from a leader, written once for every describe below. */
function leaderShare(): Promise<SeededShare> {
  shared ??= seededShare(readHistoryContent(), { seed: 5, leaderName: 'Robin', now: new Date(), size: SHARE_SIZE }).then((made) => {
    writeFileSync(shareFile, made.text);
    return made;
  });
  return shared;
}

afterAll(() => rmSync(shareDir, { recursive: true, force: true }));

/** Makes the open profile a coach space holding one coachee; returns the coaching routes (the coachee's review and one of their results). */
async function coachingRoutes(session: Session): Promise<string[]> {
  const { page } = session;
  const made = await leaderShare();
  await page.goto(origin + appPaths.coach());
  await page.getByRole('button', { name: 'Use this profile for coaching' }).click();
  await page.getByRole('heading', { level: 2, name: 'Open a share' }).waitFor();
  if ((await openShare(page, origin, shareFile)) !== 'new-coachee') throw new Error('the share was not offered as a new coachee');
  await addCoachee(page, 'Robin');
  const response = made.body.records.responses[0]!;
  return [appPaths.coachee(made.body.linkId), appPaths.coacheeResult(made.body.linkId, response.id)];
}

/** Every route, with a real result for the results page. */
async function routes(session: Session): Promise<string[]> {
  const { page } = session;
  await page.goto(origin + SELF_ASSESSMENT_PATH);
  const resultUrl = await takeWholeAssessment(page, 1);
  await page.goto(origin + SELF_ASSESSMENT_PATH);
  await page.getByRole('radiogroup').first().getByRole('radio').first().check();
  await waitForDraftSaved(page); // before leaving, or the draft behind the "Resume" prompt below may not exist
  // A presence check, so the paired items, its result and its intention picker are checked too.
  await page.goto(origin + PRESENCE_PATH);
  const presenceResult = await takeWholeQuestionnaire(page, (group) => (group % 2 === 0 ? 4 : 1));
  await page.goto(origin + PRESENCE_PATH);
  await page.getByRole('radiogroup').first().getByRole('radio').first().check();
  await waitForDraftSaved(page);
  const coaching = await coachingRoutes(session);
  return [
    '/',
    SELF_ASSESSMENT_PATH,
    new URL(resultUrl).pathname,
    PRESENCE_PATH,
    new URL(presenceResult).pathname,
    '/assess/clinical-key-questions',
    '/assess/inclusive-leadership',
    '/reflections',
    '/history/leadership-presence',
    '/intentions',
    '/reflect',
    '/journal',
    '/journal/new',
    '/practice',
    '/practice/paced-breathing',
    '/settings',
    '/backup',
    '/report',
    '/profiles',
    '/share',
    '/coach',
    ...coaching,
    '/no-such-page',
  ];
}

async function settle(session: Session): Promise<void> {
  await session.page.getByRole('heading', { level: 1 }).waitFor();
  await session.page.waitForLoadState('networkidle');
}

describe.each(['light', 'dark'] as const)('accessibility in %s mode', (colorScheme) => {
  const userDataDir = newUserDataDir();
  let session: Session;
  let paths: string[];

  beforeAll(async () => {
    session = await launch(userDataDir, { colorScheme });
    paths = await routes(session);
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
    expect(foreignRequests(session.requests, origin)).toEqual([]);
  });

  it('has zero axe-core violations on every route', async () => {
    for (const path of paths) {
      await session.page.goto(origin + path);
      await settle(session);
      if (path === SELF_ASSESSMENT_PATH || path === PRESENCE_PATH) {
        // The resume prompt first, then the questions themselves.
        expect(await axeViolations(session.page), `${path} (resume prompt)`).toEqual([]);
        await session.page.getByRole('button', { name: 'Resume' }).click();
        await session.page.getByRole('radiogroup').first().waitFor();
      }
      expect(await axeViolations(session.page), path).toEqual([]);
    }
  });

  it('gives every control a touch target of at least 44 × 44 px', async () => {
    for (const path of paths) {
      await session.page.goto(origin + path);
      await settle(session);
      if (path === SELF_ASSESSMENT_PATH || path === PRESENCE_PATH) {
        await session.page.getByRole('button', { name: 'Resume' }).click();
        await session.page.getByRole('radiogroup').first().waitFor();
      }
      const small = await session.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a, button, input[type=radio]')]
          // Links inside running text are exempt (WCAG 2.5.8 "inline"); every other control is checked.
          .filter((el) => el.offsetParent !== null && !el.closest('p, td, dd'))
          .map((el) => {
            // A radio's target is its whole label.
            const target = el.matches('input[type=radio]') ? el.closest('label')! : el;
            const box = target.getBoundingClientRect();
            return { name: target.textContent?.trim() ?? '', width: box.width, height: box.height };
          })
          .filter((b) => b.width < 44 || b.height < 44),
      );
      expect(small, path).toEqual([]);
    }
  });
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  let paths: string[];

  beforeAll(async () => {
    session = await launch(userDataDir);
    paths = await routes(session);
    await session.page.setViewportSize({ width: 320, height: 800 });
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
  });

  it('never makes the page scroll sideways', async () => {
    for (const path of paths) {
      await session.page.goto(origin + path);
      await settle(session);
      const overflow = await session.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

describe('keyboard only', () => {
  const userDataDir = newUserDataDir();
  let session: Session;

  beforeAll(async () => {
    session = await launch(userDataDir);
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(userDataDir);
  });

  it('answers a whole step and moves on without a pointer', async () => {
    const { page } = session;
    await page.goto(origin + '/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    // Skip link first, then into the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.goto(origin + SELF_ASSESSMENT_PATH);
    const groups = page.getByRole('radiogroup');
    await groups.first().waitFor();
    const count = await groups.count();
    await groups.first().getByRole('radio').first().focus();
    for (let i = 0; i < count; i++) {
      // Arrow keys choose within a group (ArrowRight twice → the third option); Tab moves to the next group.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab');
    }
    for (let i = 0; i < count; i++) {
      expect(await groups.nth(i).getByRole('radio').nth(2).isChecked()).toBe(true);
    }
    // Then the optional question that challenges the self-view, then the Next button.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type('They might say I listen less on busy shifts');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Next: /);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /Step 2 of 4/ }).waitFor();
    // Focus moves to the new step's heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });
});
