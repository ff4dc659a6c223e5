/**
 * Sharing with a coach (issue 14) in Chromium, against the production build,
 * with three separate browser profiles (separate storage), all offline once
 * the service worker is in control:
 *
 * 1. Leader Sam takes a self-assessment with a written answer, holds a small
 *    seeded history, and writes two journal entries: one marked "Share with
 *    my coach", one not, holding a canary. Sam shares "Scores only" and
 *    "Only entries marked for my coach" with a passphrase. The downloaded
 *    file is decrypted in node and searched: the marked entry is there; the
 *    canary, the written answer and the seeded (unmarked) journal text are
 *    not, and no result keeps a written answer or a note.
 * 2. The coach adds a coaching profile. A backup opened under "Open a share"
 *    is refused as a backup; Sam's share with a wrong passphrase, and a copy
 *    with one ciphertext byte flipped, are refused with their messages, and
 *    the coachee list stays empty. Then the share opens: the coach names
 *    Sam, sees the Progress dashboard and the marked entry (never the
 *    canary), writes a note on Sam's result and sends it back in a notes
 *    file with a passphrase.
 * 3. Sam opens the notes file under "Notes from your coach", keeps it, and
 *    sees it on that result's screen under "Your coach's notes".
 * 4. Leader Jo shares too: the coach adds Jo, and Sam's review is exactly as
 *    it was; Jo's share offered as Sam's newer share is refused.
 * Every new screen is checked along the way: zero axe violations in light
 * and dark, no sideways scroll at 320 px. No request leaves the origin.
 *
 * A second test does the whole coach flow with the keyboard alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REJECTION_MESSAGES } from '../../src/domain/files/rejections.ts';
import { sampleBackupBody } from '../../src/domain/files/testing/sample-backup.ts';
import { writeAttuneFile } from '../../src/domain/files/write-file.ts';
import { buildHistory, PROFILE_SCHEMA_VERSION, readHistoryContent, seedRows } from '../bench/seed-history.ts';
import { seededShare } from '../fixtures/coaching/seeded-share.ts';
import { answerCurrentStep, SELF_ASSESSMENT_PATH } from './support/assessment-page.ts';
import { expectAccessible } from './support/axe.ts';
import type { Session } from './support/browser.ts';
import { foreignRequests, launch, newUserDataDir, removeUserDataDir, waitForServiceWorkerControl } from './support/browser.ts';
import {
  addCoachee,
  addProfile,
  chooseAndOpen,
  COACH_PATH,
  coacheeNames,
  makeNotesFile,
  openCoachee,
  openNotesFile,
  openShare,
  part,
  refusalText,
  reviewText,
  saveResultNote,
  share,
  SHARE_PATH,
  tabTo,
  writeJournalEntry,
} from './support/coach-page.ts';
import { envelopeOf, flipCiphertextByte, plainTextOf } from './support/file-bytes.ts';

const origin = inject('origin');
const SMALL = { assessments: 3, pulses: 8, journal: 6, journalChars: 400, practice: 6, intentions: 4, presence: 2 };

const SAM_PASSPHRASE = 'lanterns along the corridor';
const JO_PASSPHRASE = 'kettle on before the huddle';
const NOTES_PASSPHRASE = 'a quiet word after the round';
const TAGGED = 'Sharedcanary Marrowby: asked the night team what gets in their way 5813';
const UNTAGGED = 'Privatecanary Hollowmere: I nearly lost my temper at the bed meeting 6924';
const WRITTEN_ANSWER = 'Answercanary Tidewell they would say I interrupt 7035';
const JO_TAGGED = 'Jocanary Brackenridge: the students ran the huddle today 8146';
const NOTE = 'Coachnote Fernhallow: your listening scores rose after the huddles';
const COACH_NAME = 'Alex Rowan';
const SAM = 'Sam from ward 7';
const JO = 'Jo in theatres';

const files = mkdtempSync(join(tmpdir(), 'attune-coaching-e2e-'));
const samFile = join(files, 'sam-share.json');
const joFile = join(files, 'jo-share.json');
const tamperedFile = join(files, 'tampered-share.json');
const backupFile = join(files, 'backup.json');
const notesFile = join(files, 'notes.json');

const appVersion = (): string => (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** A fresh browser profile on Today, with the service worker in control, then cut off from the network. */
async function offlineSession(dir: string): Promise<Session> {
  const session = await launch(dir);
  await session.page.goto(origin + '/');
  await session.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await waitForServiceWorkerControl(session.page);
  await session.context.setOffline(true);
  return session;
}

/** Takes the whole self-assessment with a written answer in its first note; returns the result's URL. */
async function takeAssessmentWithNote(page: Page, text: string): Promise<string> {
  await page.goto(origin + SELF_ASSESSMENT_PATH);
  const note = page.getByRole('textbox', { name: /^If your team described how you listen/ });
  const startAgain = page.getByRole('button', { name: /^Start again/ });
  await note.or(startAgain).first().waitFor();
  // The seeded history leaves an unfinished self-assessment: start afresh.
  if (await startAgain.isVisible()) await startAgain.click();
  await note.fill(text);
  for (let step = 0; step < 4; step++) {
    await answerCurrentStep(page, 3);
    if (step < 3) await page.getByRole('button', { name: /^Next:/ }).click();
  }
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
  return page.url();
}

describe('a leader shares with a coach, the coach sends notes back, offline in separate browsers', () => {
  const samDir = newUserDataDir();
  const coachDir = newUserDataDir();
  const joDir = newUserDataDir();
  let sam: Session;
  let coach: Session;
  let jo: Session;
  let samResultUrl = '';
  let samReview = '';
  const content = readHistoryContent();
  // No intentions for Sam: one waiting for its follow-up would sit above the self-assessment Sam takes.
  const samHistory = buildHistory(content, new Date(), { ...SMALL, intentions: 0 }, 1);

  beforeAll(async () => {
    const body = sampleBackupBody();
    writeFileSync(backupFile, await writeAttuneFile('backup', body, { appVersion: appVersion(), schemaVersion: PROFILE_SCHEMA_VERSION, now: new Date() }));
  });

  afterAll(async () => {
    for (const session of [sam, coach, jo]) {
      if (!session) continue;
      await session.context.close();
      expect(foreignRequests(session.requests, origin)).toEqual([]);
    }
    for (const dir of [samDir, coachDir, joDir]) removeUserDataDir(dir);
    rmSync(files, { recursive: true, force: true });
  });

  it('shares scores and the marked journal entry only, and the file holds nothing else', async () => {
    sam = await offlineSession(samDir);
    const { page } = sam;
    await seedRows(page, origin, samHistory);
    samResultUrl = await takeAssessmentWithNote(page, WRITTEN_ANSWER);
    await writeJournalEntry(page, origin, TAGGED, { shareWithCoach: true });
    await writeJournalEntry(page, origin, UNTAGGED, { shareWithCoach: false });

    await page.goto(origin + SHARE_PATH);
    await page.getByRole('heading', { level: 1, name: 'Share with a coach' }).waitFor();
    await page.getByText(/cannot be recalled/i).first().waitFor();
    await expectAccessible(page, '/share before anything');

    const made = await share(
      page,
      origin,
      { reflections: 'Scores only', journal: 'Only entries marked for my coach', intentions: true, practice: true, name: 'Sam', passphrase: SAM_PASSPHRASE },
      samFile,
    );
    // The preview shows the whole text of every entry that will leave, and only those.
    expect(made.previewText).toContain(TAGGED);
    expect(made.previewText).not.toContain(UNTAGGED);
    expect(made.fileName).toMatch(/^attune-share-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    expect(made.status).toContain(`Share file ready: ${made.fileName}`);
    await expectAccessible(page, '/share after a share');

    // The bytes on disk: encrypted, so not even the shared entry is readable without the passphrase.
    const raw = readFileSync(samFile, 'utf8');
    expect(envelopeOf(samFile)).toEqual({ kind: 'share', encrypted: true });
    expect(raw).not.toContain(TAGGED);
    // Opened with the passphrase, as the coach's app opens it: the marked entry, and nothing written that was not chosen.
    const plain = await plainTextOf(samFile, SAM_PASSPHRASE);
    expect(plain).toContain(TAGGED);
    expect(plain).not.toContain(UNTAGGED);
    expect(plain).not.toContain(WRITTEN_ANSWER);
    for (const row of samHistory.journal) expect(plain).not.toContain(row.payload.data.text);
    const records = (JSON.parse(plain) as { body: { records: Record<string, Array<Record<string, unknown>>> } }).body.records;
    expect(records.journal!.map((entry) => entry.text)).toEqual([TAGGED]);
    expect(records.drafts).toEqual([]);
    expect(records.preferences).toEqual([]);
    expect(records.responses!.length).toBe(samHistory.responses.length + 1);
    for (const response of records.responses!) {
      expect(response.notes).toEqual({});
      for (const item of response.items as Array<{ kind: string; value: unknown }>) if (item.kind === 'text') expect(item.value).toBeNull();
    }
  });

  it('refuses a backup, a wrong passphrase and a tampered share in the coach space, and changes nothing', async () => {
    coach = await offlineSession(coachDir);
    const { page } = coach;
    await addProfile(page, origin, 'Coaching', 'coach');
    expect(await coacheeNames(page, origin)).toEqual([]);
    await part(page, 'Coachees').getByText('No coachees yet. Open a share file from a leader to add one.').waitFor();
    await expectAccessible(page, '/coach with no coachees');

    expect(await openShare(page, origin, backupFile)).toBe('refused');
    expect(await refusalText(page)).toContain('This is a backup of a whole profile, not a share. To restore it, use Back up and restore.');
    expect(await coacheeNames(page, origin)).toEqual([]);

    expect(await openShare(page, origin, samFile, 'not the passphrase at all')).toBe('refused');
    expect(await refusalText(page)).toContain(REJECTION_MESSAGES['wrong-passphrase']);
    expect(await coacheeNames(page, origin)).toEqual([]);

    flipCiphertextByte(samFile, tamperedFile);
    expect(await openShare(page, origin, tamperedFile, SAM_PASSPHRASE)).toBe('refused');
    expect(await refusalText(page)).toContain(REJECTION_MESSAGES.damaged);
    await expectAccessible(page, '/coach with a refusal');
    expect(await coacheeNames(page, origin)).toEqual([]);
  });

  it('adds the leader as a coachee and shows their dashboard and the shared entry, never the private one', async () => {
    const { page } = coach;
    expect(await openShare(page, origin, samFile, SAM_PASSPHRASE)).toBe('new-coachee');
    const name = page.getByRole('textbox', { name: 'Name for this coachee' });
    expect(await name.inputValue()).toBe('Sam');
    await expectAccessible(page, '/coach with a new coachee');
    expect(await addCoachee(page, SAM)).toContain(`Added ${SAM}`);
    expect(await coacheeNames(page, origin)).toEqual([SAM]);
    await part(page, 'Coachees').getByText(/Latest share /).first().waitFor();
    await expectAccessible(page, '/coach with a coachee');

    await openCoachee(page, origin, SAM);
    await part(page, 'Progress').getByRole('figure').first().waitFor({ timeout: 60_000 });
    await part(page, 'Journal entries shared').getByText(TAGGED).waitFor();
    const text = await reviewText(page);
    expect(text).not.toContain(UNTAGGED);
    expect(text).not.toContain(WRITTEN_ANSWER);
    // Nothing of the coachee's own can be edited: the only text fields are the coach's own (a new note; the name and passphrase of a
    // notes file, once there are notes; a newer share's passphrase).
    const main = page.locator('main');
    await main.getByRole('textbox', { name: 'New note', exact: true }).waitFor();
    let own = 0;
    for (const name of ['New note', 'Your name as coach', 'Passphrase', 'Repeat passphrase', 'Newer share passphrase']) own += await main.getByRole('textbox', { name, exact: true }).count();
    expect(await main.getByRole('textbox').count()).toBe(own);
    await expectAccessible(page, '/coach/:coacheeId');
  });

  it('writes a private note on a result and sends it back to the leader in a notes file', async () => {
    const { page } = coach;
    const responseId = decodeURIComponent(new URL(samResultUrl).pathname.split('/').at(-1)!);
    await part(page, 'Results').locator(`a[href$="/results/${encodeURIComponent(responseId)}"]`).click();
    await page.getByRole('heading', { level: 1, name: 'Compassionate leadership self-assessment' }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { level: 2, name: 'Your private note' }).waitFor();
    expect(await page.locator('main').innerText()).not.toContain(WRITTEN_ANSWER);
    await saveResultNote(page, NOTE);
    await expectAccessible(page, '/coach/:coacheeId/results/:responseId');

    await openCoachee(page, origin, SAM);
    const download = await makeNotesFile(page, { notes: [NOTE.split(' ').slice(0, 3).join(' ')], coachName: COACH_NAME, passphrase: NOTES_PASSPHRASE });
    expect(download.suggestedFilename()).toMatch(/^attune-coach-notes-for-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    await download.saveAs(notesFile);
    expect(envelopeOf(notesFile)).toEqual({ kind: 'coach-notes', encrypted: true });
    expect(readFileSync(notesFile, 'utf8')).not.toContain(NOTE);
    const notes = JSON.parse(await plainTextOf(notesFile, NOTES_PASSPHRASE)) as { body: { coachName: string; notes: Array<{ text: string; responseId: string | null }> } };
    expect(notes.body.coachName).toBe(COACH_NAME);
    expect(notes.body.notes.map((n) => [n.text, n.responseId])).toEqual([[NOTE, responseId]]);
    await openCoachee(page, origin, SAM);
    samReview = await reviewText(page);
    expect(samReview).toContain(NOTE.slice(0, 20));
  });

  it('lets the leader keep the notes, shown beside the result they are about', async () => {
    const { page } = sam;
    expect(await openNotesFile(page, origin, notesFile, NOTES_PASSPHRASE)).toBe('preview');
    await part(page, 'Notes from your coach').getByText(NOTE).waitFor();
    await expectAccessible(page, '/share with a notes preview');
    await page.getByRole('button', { name: 'Keep these notes' }).click();
    await page.getByRole('button', { name: `Remove notes from ${COACH_NAME}` }).waitFor({ timeout: 30_000 });

    await page.goto(samResultUrl);
    const comments = part(page, 'Your coach’s notes').or(part(page, "Your coach's notes"));
    await comments.getByText(NOTE).waitFor({ timeout: 30_000 });
    await comments.getByText(new RegExp(`^From ${COACH_NAME}, `)).waitFor();
    await expectAccessible(page, '/results/:id with a coach’s notes');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('adds a second leader without touching the first, and never merges one leader’s share into another', async () => {
    jo = await offlineSession(joDir);
    await seedRows(jo.page, origin, buildHistory(content, new Date(), SMALL, 2));
    await writeJournalEntry(jo.page, origin, JO_TAGGED, { shareWithCoach: true });
    await share(jo.page, origin, { reflections: 'Scores and written answers', journal: 'Only entries marked for my coach', intentions: true, practice: true, name: 'Jo', passphrase: JO_PASSPHRASE }, joFile);

    const { page } = coach;
    // Offered as Sam's newer share, Jo's file is refused, and Sam's review is as it was.
    await openCoachee(page, origin, SAM);
    const newer = part(page, 'Newer share');
    const refused = newer.getByRole('alert').filter({ hasText: /\S/ });
    await chooseAndOpen(newer, { file: 'Newer share file', passphrase: 'Newer share passphrase', button: 'Open newer share' }, joFile, JO_PASSPHRASE, refused.or(page.getByRole('button', { name: /^Update / })));
    await refused.waitFor({ timeout: 60_000 });
    await openCoachee(page, origin, SAM);
    expect(await reviewText(page)).toBe(samReview);

    expect(await openShare(page, origin, joFile, JO_PASSPHRASE)).toBe('new-coachee');
    await addCoachee(page, JO);
    expect(await coacheeNames(page, origin)).toEqual([JO, SAM]);

    await openCoachee(page, origin, SAM);
    expect(await reviewText(page)).toBe(samReview);
    await openCoachee(page, origin, JO);
    const joReview = await reviewText(page);
    expect(joReview).toContain(JO_TAGGED);
    expect(joReview).not.toContain(TAGGED);
    expect(joReview).not.toContain(NOTE);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});

describe('the whole coach flow with the keyboard alone', () => {
  const dir = newUserDataDir();
  const keyboardFiles = mkdtempSync(join(tmpdir(), 'attune-coaching-keys-'));
  const shareFile = join(keyboardFiles, 'share.json');
  const PASSPHRASE = 'porridge at the nurses station';
  const KEY_NOTE = 'Keynote Ashbourne: ask about the rota next time';
  let session: Session;

  beforeAll(async () => {
    const made = await seededShare(readHistoryContent(), { seed: 3, leaderName: 'Robin', now: new Date(), size: SMALL, passphrase: PASSPHRASE });
    writeFileSync(shareFile, made.text);
    session = await launch(dir);
  });

  afterAll(async () => {
    await session.context.close();
    removeUserDataDir(dir);
    rmSync(keyboardFiles, { recursive: true, force: true });
  });

  it('opens a share, adds the coachee, opens the review, writes a note and makes the notes file without a pointer', async () => {
    const { page } = session;
    await page.goto(origin + '/');
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await addProfile(page, origin, 'Coaching', 'coach');
    await page.goto(origin + COACH_PATH);
    await page.getByRole('heading', { level: 1, name: 'Coaching' }).waitFor();

    // The file input is reached with Tab; the system's file chooser (outside the page) is answered for the person.
    const section = part(page, 'Open a share');
    const fileInput = section.getByLabel('Share file', { exact: true });
    await tabTo(page, fileInput);
    await fileInput.setInputFiles(shareFile);
    const passphrase = section.getByLabel('Share file passphrase', { exact: true });
    const openButton = section.getByRole('button', { name: 'Open share', exact: true });
    if (!(await passphrase.isVisible())) {
      // The screen asks for the passphrase once it has seen the file is protected.
      await tabTo(page, openButton);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, passphrase);
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, openButton);
    await page.keyboard.press('Enter');
    const name = page.getByRole('textbox', { name: 'Name for this coachee' });
    await name.waitFor({ timeout: 60_000 });
    await tabTo(page, name);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Robin on nights');
    await tabTo(page, page.getByRole('button', { name: 'Add coachee', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Added Robin on nights' }).waitFor({ timeout: 120_000 });

    await tabTo(page, part(page, 'Coachees').getByRole('link', { name: 'Robin on nights', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Robin on nights' }).waitFor();

    await tabTo(page, part(page, 'Results').getByRole('link').first());
    await page.keyboard.press('Enter');
    const note = page.getByRole('textbox', { name: 'Note on this result' });
    await note.waitFor({ timeout: 60_000 });
    await tabTo(page, note);
    await page.keyboard.type(KEY_NOTE);
    await tabTo(page, page.getByRole('button', { name: 'Save note', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: /saved/i }).first().waitFor({ timeout: 60_000 });

    await tabTo(page, page.getByRole('link', { name: 'Back to Robin on nights' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Robin on nights' }).waitFor();
    const send = part(page, 'Send notes back');
    await tabTo(page, send.getByRole('checkbox', { name: /^Keynote Ashbourne/ }));
    await page.keyboard.press('Space');
    expect(await send.getByRole('checkbox', { name: /^Keynote Ashbourne/ }).isChecked()).toBe(true);
    await tabTo(page, send.getByRole('textbox', { name: 'Your name as coach' }));
    await page.keyboard.type(COACH_NAME);
    expect(await send.getByRole('checkbox', { name: 'Protect with a passphrase' }).isChecked()).toBe(true);
    await tabTo(page, send.getByLabel('Passphrase', { exact: true }));
    await page.keyboard.type(NOTES_PASSPHRASE);
    await tabTo(page, send.getByLabel('Repeat passphrase', { exact: true }));
    await page.keyboard.type(NOTES_PASSPHRASE);
    await tabTo(page, send.getByRole('button', { name: 'Make the notes file' }));
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    const path = join(keyboardFiles, 'notes.json');
    await (await downloaded).saveAs(path);
    const notes = JSON.parse(await plainTextOf(path, NOTES_PASSPHRASE)) as { body: { coachName: string; notes: Array<{ text: string }> } };
    expect(notes.body.coachName).toBe(COACH_NAME);
    expect(notes.body.notes.map((n) => n.text)).toEqual([KEY_NOTE]);
  });
});
