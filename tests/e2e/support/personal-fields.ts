/**
 * Page model for the on-disk canary tests: types a unique string into every
 * kind of field that holds personal content, as a person would, and saves
 * each one. Each canary appears nowhere else (not in the app, the content or
 * the other canaries), so finding one on disk says which field leaked.
 */
import type { Page } from 'playwright-core';
import { answerCurrentStep, SELF_ASSESSMENT_PATH } from './assessment-page.ts';

/** One unique string per kind of personal field. */
export const CANARIES = {
  journalText: 'Quillfeather handover canary 4417',
  journalTag: 'tagcanary-plumwick-5521',
  journalSearch: 'searchcanary-brindlemoss-6630',
  intention: 'Intentcanary Corvanel thank the porters 7742',
  followUp: 'Followcanary Ashgrove it went unevenly 8853',
  practiceTitle: 'Practcanary Thistlewade walk 9964',
  practiceNote: 'Notecanary Gorsemere noticed my shoulders 1075',
  writtenAnswer: 'Answercanary Wrenholt I appointed the usual 2186',
  sectionNote: 'Sectioncanary Fellbrook my team would say 3297',
} as const;

export type CanaryKind = keyof typeof CANARIES;

/** A profile name is shown on the picker (so it is in IndexedDB as it is) but must not reach autofill or session files. */
export const NAME_CANARY = 'Namecanary Oakhollow';

const INCLUSIVE_PATH = '/assess/inclusive-leadership';

/** Waits for the app's own words that a record was saved. */
async function saved(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 30_000 });
}

/**
 * Fills every kind of personal field with its canary and saves it. `go` opens
 * a path (unlocking first where the profile asks). Leaves the app on the journal, filtered by the tag and searching.
 */
export async function typeCanaries(page: Page, go: (path: string) => Promise<void>): Promise<void> {
  // A whole self-assessment with a note on the first section, then an intention in my own words.
  await go(SELF_ASSESSMENT_PATH);
  await page.getByRole('textbox', { name: /^If your team described how you listen/ }).fill(CANARIES.sectionNote);
  for (let step = 0; step < 4; step++) {
    await answerCurrentStep(page, 3);
    if (step < 3) await page.getByRole('button', { name: /^Next:/ }).click();
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  const picker = page.getByRole('form', { name: 'Your intention for the coming week' });
  await picker.getByRole('radio', { name: 'In my own words' }).check();
  await picker.getByRole('textbox', { name: 'My intention' }).fill(CANARIES.intention);
  await picker.getByRole('radio', { name: 'Attending' }).check();
  await picker.getByRole('button', { name: 'Set my intention' }).click();
  await page.getByRole('button', { name: 'Change my intention' }).waitFor({ timeout: 30_000 });

  // A written answer, left in a draft (the questionnaire is not finished).
  await go(INCLUSIVE_PATH);
  await page.getByRole('textbox', { name: /^Think about the last few people you appointed/ }).fill(CANARIES.writtenAnswer);
  await page.waitForTimeout(500);

  // The follow-up of that intention, asked above the next questionnaire.
  await go(SELF_ASSESSMENT_PATH);
  const followUp = page.getByRole('form', { name: 'What became of it' });
  await followUp.getByRole('radio').first().check();
  await followUp.getByRole('textbox', { name: 'A note on what happened' }).fill(CANARIES.followUp);
  await followUp.getByRole('button', { name: 'Save how it went' }).click();
  await saved(page, /Thank you\. Noted as/);

  // A practice done without the timer: something else, with a note.
  await go('/practice');
  const log = page.getByRole('form', { name: 'Log a practice done without the timer' });
  await log.getByLabel('Practice', { exact: true }).selectOption({ label: 'Something else' });
  await log.getByRole('textbox', { name: 'What did you practise?' }).fill(CANARIES.practiceTitle);
  await log.getByRole('spinbutton', { name: 'Minutes' }).fill('5');
  await log.getByRole('textbox', { name: 'Note' }).fill(CANARIES.practiceNote);
  await log.getByRole('button', { name: 'Save to my practice log' }).click();
  await saved(page, /Saved to your practice log/);

  // A journal entry with a tag, then a search of the journal.
  await go('/journal/new');
  await page.getByRole('textbox', { name: 'Your entry' }).fill(`${CANARIES.journalText}: the night team felt unheard.`);
  await page.getByRole('textbox', { name: 'Tags' }).fill(`night shift, ${CANARIES.journalTag}`);
  await page.getByRole('checkbox', { name: 'Attending' }).check();
  await page.getByRole('radiogroup', { name: 'Mood' }).getByRole('radio').nth(1).check();
  await saved(page, 'Saved on this device');
  await page.waitForTimeout(600);
  await saved(page, 'Saved on this device');
  await go('/journal');
  await page.getByLabel('Tag', { exact: true }).selectOption(CANARIES.journalTag);
  await page.getByRole('searchbox', { name: 'Search your journal' }).fill(CANARIES.journalSearch);
  await page.waitForTimeout(500);
}
