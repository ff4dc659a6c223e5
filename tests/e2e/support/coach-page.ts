/**
 * Page model for sharing with a coach (issue 14), driven by the labels the
 * screens promise (coordination notes of issue 14) as a person uses them:
 *
 * - the leader: a journal entry marked "Share with my coach", a share made
 *   on /share with a scope and a passphrase (the file arrives as a download:
 *   headless Chromium has no share sheet), a coach's notes file opened and
 *   kept under "Notes from your coach";
 * - the coach: a coaching profile added from the profile picker, a share
 *   opened under "Open a share" (a new coachee named, or a known one
 *   updated), a coachee's review, a private note on a result, and the notes
 *   file made under "Send notes back".
 *
 * Every wait ends on what the screen shows (a status, a preview, an alert),
 * never on a fixed time, except where the journal's autosave has no mark.
 */
import type { Download, Locator, Page } from 'playwright-core';

export const SHARE_PATH = '/share';
export const COACH_PATH = '/coach';
const WORK_MS = 60_000;

/** The part of the page under the level-2 heading `name` (the innermost section or form holding it). */
export function part(page: Page, name: string): Locator {
  return page
    .locator('form, section')
    .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
    .last();
}

/** Waits for `wanted`; throws with the alert's text when the screen shows an alert instead. */
export async function throwOnAlert(page: Page, wanted: Locator, what: string, timeout = WORK_MS): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await wanted.or(alert).first().waitFor({ timeout });
  if (!(await wanted.first().isVisible())) throw new Error(`${what}: the screen said "${await alert.first().textContent()}"`);
}

/** Writes a journal entry holding `text`, marked for the coach or not, and waits until it is saved. */
export async function writeJournalEntry(page: Page, origin: string, text: string, options: { shareWithCoach: boolean }): Promise<void> {
  await page.goto(origin + '/journal/new');
  const entry = page.getByRole('textbox', { name: 'Your entry' });
  await entry.fill(text);
  await page.getByText('Saved on this device').first().waitFor({ timeout: 30_000 });
  const mark = page.getByRole('checkbox', { name: 'Share with my coach' });
  if (options.shareWithCoach) await mark.check();
  else if (await mark.isChecked()) await mark.uncheck();
  // The mark is saved by the same autosave as the text, which shows no new words for a second save: give it its delay.
  await page.waitForTimeout(1200);
  await page.getByText('Saved on this device').first().waitFor({ timeout: 30_000 });
}

export type ReflectionChoice = 'None' | 'Scores only' | 'Scores and written answers';
export type JournalChoice = 'None' | 'Only entries marked for my coach' | 'Every entry in these dates';

export interface ShareChoices {
  reflections: ReflectionChoice;
  journal: JournalChoice;
  intentions: boolean;
  practice: boolean;
  /** The name offered to the coach; the profile's name when absent. */
  name?: string;
  /** Absent: the file is made without a passphrase. */
  passphrase?: string;
  /** Earlier shares to withdraw, by their "Shared on <date>" label. */
  withdraw?: string[];
}

async function setChecked(box: Locator, checked: boolean): Promise<void> {
  if ((await box.isChecked()) !== checked) await (checked ? box.check() : box.uncheck());
}

/** Chooses the scope on /share and asks for the preview; returns the preview region. */
export async function previewShare(page: Page, origin: string, choices: ShareChoices): Promise<Locator> {
  if (!page.url().endsWith(SHARE_PATH)) await page.goto(origin + SHARE_PATH);
  await page.getByRole('heading', { level: 1, name: 'Share with a coach' }).waitFor();
  await page.getByRole('group', { name: 'Reflections' }).getByRole('radio', { name: choices.reflections, exact: true }).check();
  await page.getByRole('group', { name: 'Journal entries' }).getByRole('radio', { name: choices.journal, exact: true }).check();
  await setChecked(page.getByRole('checkbox', { name: 'Intentions and their outcomes' }), choices.intentions);
  await setChecked(page.getByRole('checkbox', { name: 'Practice minutes' }), choices.practice);
  for (const label of choices.withdraw ?? []) await page.getByRole('group', { name: 'Withdraw earlier shares' }).getByRole('checkbox', { name: label }).check();
  if (choices.name !== undefined) await page.getByRole('textbox', { name: 'Your name for your coach' }).fill(choices.name);
  const protect = page.getByRole('checkbox', { name: 'Protect with a passphrase' });
  await setChecked(protect, choices.passphrase !== undefined);
  if (choices.passphrase !== undefined) {
    await page.getByLabel('Passphrase', { exact: true }).fill(choices.passphrase);
    await page.getByLabel('Repeat passphrase', { exact: true }).fill(choices.passphrase);
  }
  await page.getByRole('button', { name: 'Preview what will be shared' }).click();
  const preview = page.getByRole('region', { name: 'What will leave this device' });
  await throwOnAlert(page, preview, 'the share preview');
  return preview;
}

/** Makes the share file from the preview on screen; returns the download and the "Share file ready" status. */
export async function makeShareFile(page: Page): Promise<{ download: Download; status: string }> {
  const downloaded = page.waitForEvent('download', { timeout: WORK_MS });
  downloaded.catch(() => undefined); // awaited below, once the screen has said how it went
  await page.getByRole('button', { name: 'Make the share file' }).click();
  await throwOnAlert(page, page.getByRole('status').filter({ hasText: /^Share file ready: / }), 'making the share file');
  const download = await downloaded;
  const status = page.getByRole('status').filter({ hasText: /^Share file ready: / });
  await status.waitFor({ timeout: WORK_MS });
  return { download, status: (await status.textContent()) ?? '' };
}

/** A share with these choices, saved to `saveTo`; returns the preview's text and the status. */
export async function share(page: Page, origin: string, choices: ShareChoices, saveTo: string): Promise<{ previewText: string; status: string; fileName: string }> {
  const preview = await previewShare(page, origin, choices);
  const previewText = (await preview.textContent()) ?? '';
  const { download, status } = await makeShareFile(page);
  await download.saveAs(saveTo);
  return { previewText, status, fileName: download.suggestedFilename() };
}

/** Adds a profile from the picker ("Switch profile"), for coaching or not, and waits until it is open (on Profiles, where it was added). */
export async function addProfile(page: Page, origin: string, name: string, kind: 'coach' | 'personal'): Promise<void> {
  await page.goto(origin + '/profiles');
  await page.getByRole('button', { name: 'Switch profile' }).click();
  await page.getByRole('heading', { level: 1, name: 'Who is using Attune?' }).waitFor();
  await page.getByRole('button', { name: 'Add a profile' }).click();
  await page.getByRole('textbox', { name: 'Name shown on this device' }).fill(name);
  const purpose = page.getByRole('group', { name: 'What is this profile for?' });
  await purpose.getByRole('radio', { name: kind === 'coach' ? 'Coaching others (and my own reflections)' : 'My own reflections' }).check();
  await page.getByRole('button', { name: 'Add profile' }).click();
  // The new profile opens where the person was: on Profiles.
  await throwOnAlert(page, page.getByText(new RegExp(`^You are using the profile ${escapeRegExp(name)}\\.$`)), `adding the profile "${name}"`);
}

export type OpenOutcome = 'new-coachee' | 'update' | 'refused';

/**
 * Chooses a share file under "Open a share" on a fresh /coach (with its
 * passphrase, if given) and presses "Open share"; waits for the preview of
 * a new coachee, of an update, or for a refusal.
 */
export async function openShare(page: Page, origin: string, path: string, passphrase?: string): Promise<OpenOutcome> {
  await page.goto(origin + COACH_PATH); // a fresh screen: no earlier file, preview or alert
  const section = part(page, 'Open a share');
  await chooseAndOpen(section, { file: 'Share file', passphrase: 'Share file passphrase', button: 'Open share' }, path, passphrase, settled(page));
  return outcome(page);
}

/** What shows once a share is opened: a preview of either kind, or a refusal. */
function settled(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Name for this coachee' }).or(page.getByRole('button', { name: /^Update / })).or(page.getByRole('alert').filter({ hasText: /\S/ }));
}

/**
 * Chooses `path` in the file input labelled `labels.file` of `section` and
 * presses `labels.button`. A screen may ask for the passphrase only once it
 * has seen the file is protected: when its field shows (at once or after the
 * first press) and a passphrase is given, it is typed and the button pressed
 * again. Resolves once `done` (a preview or a refusal) or the field shows.
 */
export async function chooseAndOpen(
  section: Locator,
  labels: { file: string; passphrase: string; button: string },
  path: string,
  passphrase: string | undefined,
  done: Locator,
): Promise<void> {
  await section.getByLabel(labels.file, { exact: true }).setInputFiles(path);
  const field = section.getByLabel(labels.passphrase, { exact: true });
  const press = () => section.getByRole('button', { name: labels.button, exact: true }).click();
  if (passphrase !== undefined && (await field.isVisible())) {
    await field.fill(passphrase);
    await press();
    await done.first().waitFor({ timeout: WORK_MS });
    return;
  }
  await press();
  await done.or(field).first().waitFor({ timeout: WORK_MS });
  if (passphrase !== undefined && (await field.isVisible()) && !(await done.first().isVisible())) {
    await field.fill(passphrase);
    await press();
    await done.first().waitFor({ timeout: WORK_MS });
  }
}

/** Waits for the preview of a new coachee, an update, or an alert. */
export async function outcome(page: Page, timeout = WORK_MS): Promise<OpenOutcome> {
  const added = page.getByRole('textbox', { name: 'Name for this coachee' });
  const update = page.getByRole('button', { name: /^Update / });
  const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
  await added.or(update).or(refusal).first().waitFor({ timeout });
  if (await refusal.first().isVisible()) return 'refused';
  return (await added.isVisible()) ? 'new-coachee' : 'update';
}

/** The text of the refusal on screen. */
export async function refusalText(page: Page): Promise<string> {
  return (await page.getByRole('alert').filter({ hasText: /\S/ }).first().textContent()) ?? '';
}

/** Names the new coachee in the preview and adds them; returns the "Added" status. */
export async function addCoachee(page: Page, name: string): Promise<string> {
  await page.getByRole('textbox', { name: 'Name for this coachee' }).fill(name);
  await page.getByRole('button', { name: 'Add coachee', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: `Added ${name}` });
  await status.waitFor({ timeout: WORK_MS * 2 });
  return (await status.textContent()) ?? '';
}

/** Takes a previewed update in; returns the "Updated" status. */
export async function updateCoachee(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: `Update ${name}`, exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: `Updated ${name}` });
  await status.waitFor({ timeout: WORK_MS * 2 });
  return (await status.textContent()) ?? '';
}

/** The names of the coachees /coach lists (the links under "Coachees"), in order. */
export async function coacheeNames(page: Page, origin: string): Promise<string[]> {
  await page.goto(origin + COACH_PATH);
  const list = part(page, 'Coachees');
  await list.waitFor();
  // The list is read from storage after the first paint: wait for it or for its empty line.
  await list.getByRole('link').first().or(list.getByText('No coachees yet')).waitFor({ timeout: WORK_MS });
  return list.getByRole('link').allTextContents();
}

/** Opens a coachee's review from /coach by their name; resolves once its level-1 heading shows. */
export async function openCoachee(page: Page, origin: string, name: string): Promise<void> {
  await page.goto(origin + COACH_PATH);
  await part(page, 'Coachees').getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor({ timeout: WORK_MS });
}

/** Everything the coachee's review shows as text (headings, results, entries, intentions), for comparing before and after. */
export async function reviewText(page: Page): Promise<string> {
  await part(page, 'Results').getByRole('link').first().waitFor({ timeout: WORK_MS });
  return page.locator('main').innerText();
}

/** Writes a note on the result open in the coach's review and saves it. */
export async function saveResultNote(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Note on this result' }).fill(text);
  await page.getByRole('button', { name: 'Save note', exact: true }).click();
  await page.getByRole('status').filter({ hasText: /saved/i }).first().waitFor({ timeout: WORK_MS });
}

/**
 * Makes a notes file from the coachee's review with the notes whose labels
 * begin with `notes` (their first words), under the name `coachName`.
 */
export async function makeNotesFile(page: Page, options: { notes: string[]; coachName: string; passphrase?: string }): Promise<Download> {
  const section = part(page, 'Send notes back');
  for (const words of options.notes) await section.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(words)}`) }).check();
  await section.getByRole('textbox', { name: 'Your name as coach' }).fill(options.coachName);
  await setChecked(section.getByRole('checkbox', { name: 'Protect with a passphrase' }), options.passphrase !== undefined);
  if (options.passphrase !== undefined) {
    await section.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
    await section.getByLabel('Repeat passphrase', { exact: true }).fill(options.passphrase);
  }
  const downloaded = page.waitForEvent('download', { timeout: WORK_MS });
  await section.getByRole('button', { name: 'Make the notes file' }).click();
  return downloaded;
}

/** Opens a coach's notes file under "Notes from your coach" on /share; waits for its preview or a refusal. */
export async function openNotesFile(page: Page, origin: string, path: string, passphrase?: string): Promise<'preview' | 'refused'> {
  await page.goto(origin + SHARE_PATH);
  const section = part(page, 'Notes from your coach');
  const keep = page.getByRole('button', { name: 'Keep these notes' });
  const refusal = section.getByRole('alert').filter({ hasText: /\S/ });
  await chooseAndOpen(section, { file: 'Notes file', passphrase: 'Notes file passphrase', button: 'Open notes file' }, path, passphrase, keep.or(refusal));
  await keep.or(refusal).first().waitFor({ timeout: WORK_MS });
  return (await keep.isVisible()) ? 'preview' : 'refused';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus (at most `limit`
 * times); proves it can be reached with the keyboard. @throws Error when it never gets it.
 */
export async function tabTo(page: Page, target: Locator, options: { limit?: number; backwards?: boolean } = {}): Promise<void> {
  const limit = options.limit ?? 80;
  await target.waitFor({ state: 'attached', timeout: WORK_MS });
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await target.evaluate((el) => el === document.activeElement)) return;
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}; the focus is on ${focused}`);
}
