/** Page model for the self-assessment: answers items by their visible labels, as a user would. */
import type { Page } from 'playwright-core';

export const SELF_ASSESSMENT_PATH = '/assess/compassionate-leadership';

/** Answers every item on the current step with the option at `optionIndex` (0 = first label). */
export async function answerCurrentStep(page: Page, optionIndex: number): Promise<number> {
  const groups = page.getByRole('radiogroup');
  await groups.first().waitFor();
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    await groups.nth(i).getByRole('radio').nth(optionIndex).check();
  }
  return count;
}

/**
 * Waits until the page has stored a draft answer (the app's "attune:autosave"
 * measure, recorded once the save is written). Leaving the page before then
 * can drop that first answer with the page, as closing a tab would.
 */
export async function waitForDraftSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('attune:autosave').length > 0);
}

/** Answers all four steps and submits; returns the result page's URL. */
export async function takeWholeAssessment(page: Page, optionIndex = 3): Promise<string> {
  for (let step = 0; step < 4; step++) {
    await answerCurrentStep(page, optionIndex);
    if (step < 3) await page.getByRole('button', { name: /^Next:/ }).click();
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  return page.url();
}

/**
 * Answers every step of any questionnaire and submits. `pick(groupIndex)`
 * chooses the option index for each radio group on a step (for a paired item
 * the aim's group comes before the actual's). Returns the result page's URL.
 */
export async function takeWholeQuestionnaire(page: Page, pick: (groupIndex: number) => number = () => 3): Promise<string> {
  const submit = page.getByRole('button', { name: 'See my results' });
  for (;;) {
    await page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+:/ }).waitFor();
    const groups = page.getByRole('radiogroup');
    const count = await groups.count();
    for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').nth(pick(i)).check();
    if (await submit.isVisible()) break;
    const heading = await page.getByRole('heading', { level: 2, name: /^Step \d+ of \d+:/ }).textContent();
    await page.getByRole('button', { name: /^Next:/ }).click();
    await page.waitForFunction((before) => document.querySelector('h2[id^="step-"]')?.textContent !== before, heading);
  }
  await submit.click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  return page.url();
}
