/**
 * Autosave timing on the seeded "10 years" profile: opens the
 * self-assessment, starts again (discarding the seeded or previous draft),
 * answers every item of every step by checking a radio in each radiogroup of
 * the questionnaire's form (the follow-up of the intention still waiting,
 * shown above it, is left alone) and pressing "Next: …", and reads the app's `attune:autosave` measures, one per
 * answer's draft save, recorded by use-draft-autosave.ts (step changes are
 * measured apart, as `attune:autosave-step`, and not counted here), so 24
 * answers give 24 samples.
 * Repeated `rounds` times in one browser run, each round on a freshly loaded page.
 */
import type { Page } from 'playwright-core';
import type { Rate } from './bench-browser.ts';
import { step, throttle, WAIT_MS, withBrowser } from './bench-browser.ts';
import type { QuestionnaireContent } from './seed-history.ts';

export const ASSESS_PATH = '/assess/compassionate-leadership';
const AUTOSAVE = 'attune:autosave';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function openFreshQuestionnaire(page: Page, origin: string, questionnaire: QuestionnaireContent): Promise<void> {
  await page.goto(origin + ASSESS_PATH);
  const resume = page.getByRole('heading', { name: 'Carry on where you left off?' });
  const firstStep = page.getByRole('heading', { level: 2, name: new RegExp(escapeRegExp(questionnaire.sections[0]!.title)) });
  await resume.or(firstStep).first().waitFor({ timeout: WAIT_MS });
  if (await resume.isVisible()) {
    await page.getByRole('button', { name: /^Start again/ }).click();
    await firstStep.waitFor({ timeout: WAIT_MS });
  }
}

/**
 * Answers every item once. Returns how many answer saves that causes: one per
 * answer ("Next" saves the step index too, but under another measure name).
 */
async function answerAll(page: Page, questionnaire: QuestionnaireContent, round: number): Promise<{ answers: number; saves: number }> {
  const optionCount = questionnaire.scale.options.length;
  let answered = 0;
  let saves = 0;
  for (const [index, element] of questionnaire.sections.entries()) {
    await page.getByRole('heading', { level: 2, name: new RegExp(escapeRegExp(element.title)) }).waitFor({ timeout: WAIT_MS });
    const form = page.getByRole('form', { name: questionnaire.title, exact: true });
    const groups = form.getByRole('radiogroup');
    const count = await groups.count();
    if (count !== element.items.length) throw new Error(`step "${element.title}" shows ${count} radiogroups; expected ${element.items.length}`);
    for (let i = 0; i < count; i++) {
      await groups.nth(i).getByRole('radio').nth((i + round) % optionCount).check();
      answered++;
      saves++;
    }
    const next = questionnaire.sections[index + 1];
    if (next) {
      await form.getByRole('button', { name: `Next: ${next.title}` }).click();
    }
  }
  return { answers: answered, saves };
}

/**
 * Waits for one measure per answer. A save that a newer answer supersedes
 * before it starts is skipped by the app (the newer one writes both), so a
 * few may be missing: accept what is there once the count stops growing.
 */
async function autosaveDurations(page: Page, expected: number, answers: number): Promise<number[]> {
  const count = () => page.evaluate((name) => performance.getEntriesByName(name).length, AUTOSAVE);
  const deadline = Date.now() + WAIT_MS;
  let last = -1;
  for (;;) {
    const got = await count();
    if (got >= expected || (got === last && got >= expected / 2)) break;
    if (Date.now() > deadline) {
      throw new Error(
        `only ${got} "${AUTOSAVE}" measures after ${answers} answers; expected about ${expected} (is the measure still recorded by use-draft-autosave.ts?)`,
      );
    }
    last = got;
    await page.waitForTimeout(1000);
  }
  return page.evaluate((name) => performance.getEntriesByName(name).map((entry) => entry.duration), AUTOSAVE);
}

export async function autosave(origin: string, seededDir: string, questionnaire: QuestionnaireContent, rate: Rate, rounds: number): Promise<number[]> {
  return withBrowser(seededDir, async ({ context, page }) => {
    await throttle(context, page, rate);
    const durations: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await step(`autosave x${rate} round ${round}`, async () => {
        await openFreshQuestionnaire(page, origin, questionnaire);
        const { answers, saves } = await answerAll(page, questionnaire, round);
        if (answers < 24) throw new Error(`answered only ${answers} items; the bench needs at least 24`);
        durations.push(...(await autosaveDurations(page, saves, answers)));
      });
    }
    return durations;
  });
}
