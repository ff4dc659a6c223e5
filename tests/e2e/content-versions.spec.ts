/**
 * An old result after the self-assessment's questions change, in the real
 * browser against the production build: a result saved with the previous
 * version keeps its old score and its old version's band, and says it was
 * answered with an earlier version and what changed (axe clean in light and
 * dark, no sideways scrolling at 320 px); the history shows the
 * note at the boundary; the newer result gives change figures only when the
 * new version declares its scores comparable with the old.
 *
 * The results are seeded as the app stores them (sealed-table.ts rows with a
 * plain payload, as tests/bench/seed-history.ts does), built by the app's own
 * buildResponse from the archived and the current content files. Needs a
 * self-assessment of version 2 or more with `changesFromPrevious`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Questionnaire } from '../../src/content/questionnaire-schema.ts';
import { buildResponse, newDraft } from '../../src/domain/questionnaire/build-response.ts';
import type { AssessmentResponse } from '../../src/domain/questionnaire/response.ts';
import { axeViolations } from './support/axe.ts';
import type { Session } from './support/browser.ts';
import { launch, newUserDataDir, removeUserDataDir } from './support/browser.ts';

const origin = inject('origin');
const ID = 'compassionate-leadership';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Questionnaire;
const current = read(`content/questionnaires/${ID}.json`);
const previousPath = `content/questionnaires/archive/${ID}.v${current.version - 1}.json`;

/** Every scale item answered "Often" (4 of 1–5; 2 when reverse-keyed), which scores 75 in every section: (4 − 1) / (5 − 1) × 100. */
function oftenThroughout(questionnaire: Questionnaire, id: string, completedAt: string): AssessmentResponse {
  const answers = Object.fromEntries(
    questionnaire.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'scale' ? [[i.id, i.reverse ? 2 : 4]] : []))),
  );
  const draft = { ...newDraft(questionnaire, new Date(completedAt)), answers };
  return buildResponse(questionnaire, draft, id, new Date(completedAt));
}

/** The row sealed-table.ts writes: id and index fields in the clear, the rest in a plain payload. */
function row(response: AssessmentResponse) {
  const { id, ...data } = response;
  return { id, questionnaireId: response.questionnaireId, completedAt: response.completedAt, payload: { scheme: 'plain', data } };
}

/** Runs in the page (as a string, so no bundler helpers leak in): adds the rows to the active profile's responses. */
const ADD_ROWS = `async (rows) => {
  const open = (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => { request.transaction.abort(); reject(new Error('no database ' + name)); };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (request) => new Promise((resolve, reject) => { request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
  const directory = await open('attune-directory');
  const tx = directory.transaction(['meta', 'profiles'], 'readonly');
  const active = await done(tx.objectStore('meta').get('activeProfileId'));
  const profiles = await done(tx.objectStore('profiles').getAll());
  directory.close();
  const db = await open('attune-profile-' + ((active && active.value) || profiles[0].id));
  const write = db.transaction('responses', 'readwrite');
  for (const r of rows) write.objectStore('responses').add(r);
  await new Promise((resolve, reject) => { write.oncomplete = resolve; write.onerror = () => reject(write.error); });
  db.close();
}`;

describe('a result of the previous version of the self-assessment', () => {
  const userDataDir = newUserDataDir();
  let session: Session;
  let previous: Questionnaire;

  beforeAll(async () => {
    if (!existsSync(previousPath)) throw new Error(`${ID} is at version ${current.version}, with no archived ${previousPath}: this test needs a later version`);
    if (!current.changesFromPrevious) throw new Error(`${ID} version ${current.version} does not say what changed (changesFromPrevious)`);
    previous = read(previousPath);
    session = await launch(userDataDir);
    await session.page.goto(origin + '/');
    await session.page.getByRole('heading', { level: 2, name: 'Past results' }).waitFor();
    const rows = [oftenThroughout(previous, 'old-result', '2026-06-01T09:00:00.000Z'), oftenThroughout(current, 'new-result', '2026-09-01T09:00:00.000Z')].map(row);
    await session.page.evaluate(`(${ADD_ROWS})(${JSON.stringify(rows)})`);
  });

  afterAll(async () => {
    await session?.context.close();
    removeUserDataDir(userDataDir);
  });

  it('keeps its old score and its version’s band, and says what has changed since', async () => {
    const { page } = session;
    await page.goto(origin + '/results/old-result');
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();
    await page.getByText(`(version ${previous.version})`, { exact: false }).waitFor();
    await page.getByText('Overall: 75 out of 100.', { exact: false }).waitFor();

    const first = previous.sections[0]!;
    const band = first.bands!.find((b) => 75 >= b.min && 75 <= b.max)!;
    await page.getByRole('region', { name: `${first.title}: ${band.label}` }).waitFor();
    const scores = page.getByRole('table', { name: /^Scores/ });
    expect(await scores.getByRole('row', { name: new RegExp(first.title) }).getByRole('cell').first().textContent()).toBe('75');

    const notice = page.getByRole('status').filter({ hasText: 'Answered with an earlier version of the questions' });
    await notice.waitFor();
    expect(await notice.getByRole('listitem').allTextContents()).toEqual([`Version ${current.version}: ${current.changesFromPrevious!.summary}`]);
    expect(await notice.textContent()).toContain(`with the bands and feedback of version ${previous.version}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('shows the change at the boundary in the history', async () => {
    const { page } = session;
    await page.goto(origin + `/history/${ID}`);
    const boundary = page.getByRole('row').filter({ hasText: 'The questions changed here' });
    await boundary.waitFor();
    const text = await boundary.textContent();
    expect(text).toContain(`from version ${previous.version} to version ${current.version}.`);
    expect(text).toContain(current.changesFromPrevious!.summary);
    expect(text).toContain(
      current.changesFromPrevious!.scoresComparable ? 'can be read side by side' : 'cannot be read side by side with the scores after it',
    );
  });

  it('gives the newer result change figures only if its version says the scores compare', async () => {
    const { page } = session;
    await page.goto(origin + '/results/new-result');
    const scores = page.getByRole('table', { name: /^Scores/ });
    await scores.waitFor();
    const firstRow = scores.getByRole('row', { name: new RegExp(current.sections[0]!.title) });
    expect(await firstRow.getByRole('cell').last().textContent()).toBe(
      current.changesFromPrevious!.scoresComparable ? 'no change' : 'Not compared: the questions changed',
    );
    expect(await page.getByText('Answered with an earlier version of the questions').count()).toBe(0);
  });
});
