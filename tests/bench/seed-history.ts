/**
 * Seeds "10 years" of self-assessment history into the app's own IndexedDB
 * (TARGETS.md: 40 full assessments) plus one unfinished draft, in the exact
 * record format the storage layer writes (src/storage/repositories/*.ts with
 * the PlainVault's `{ scheme: 'plain', data }` payload).
 *
 * How: load '/' so the app creates its directory database, the default
 * profile and that profile's database; then, in the page, open the existing
 * databases with the raw IndexedDB API (no version number, so no upgrade) and
 * put the rows; reload and check that the home screen lists every result.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AssessmentDraft, AssessmentResponse } from '../../src/domain/questionnaire/response.ts';
import type { ResponseRow } from '../../src/storage/repositories/responses-repo.ts';
import type { SealedPayload } from '../../src/storage/vault/vault.ts';
import { WAIT_MS } from './bench-browser.ts';

export const QUESTIONNAIRE_ID = 'compassionate-leadership';
export const HISTORY_ASSESSMENTS = 40;
const YEARS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The parts of content/questionnaires/<id>.json the bench needs. */
export interface QuestionnaireContent {
  id: string;
  version: number;
  scale: { options: { value: number; label: string }[] };
  sections: { id: string; title: string; element?: string; items: { id: string; reverse: boolean }[] }[];
}

export function readQuestionnaire(id = QUESTIONNAIRE_ID): QuestionnaireContent {
  const path = `content/questionnaires/${id}.json`;
  const content = JSON.parse(readFileSync(path, 'utf8')) as QuestionnaireContent;
  if (content.id !== id || !Array.isArray(content.sections)) throw new Error(`${path} is not the questionnaire "${id}"`);
  return content;
}

/** Mirrors the (unexported) DraftRow of drafts-repo.ts. */
interface DraftRow {
  id: string;
  updatedAt: string;
  payload: SealedPayload;
}

export interface History {
  responses: ResponseRow[];
  draft: DraftRow;
}

/** A small deterministic generator, so every bench run seeds the same answers. */
function answers(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function buildHistory(questionnaire: QuestionnaireContent, now = new Date(), count = HISTORY_ASSESSMENTS): History {
  const values = questionnaire.scale.options.map((o) => o.value);
  const scale = { min: Math.min(...values), max: Math.max(...values) };
  const random = answers(20261121);
  const spacingMs = (YEARS * 365.25 * DAY_MS) / count; // about a quarter
  const responses: ResponseRow[] = [];
  for (let i = 0; i < count; i++) {
    const completed = new Date(now.getTime() - (count - i) * spacingMs);
    const started = new Date(completed.getTime() - 12 * 60 * 1000);
    const body: Omit<AssessmentResponse, 'id' | 'questionnaireId' | 'completedAt'> = {
      questionnaireVersion: questionnaire.version,
      startedAt: started.toISOString(),
      scale,
      pairedScale: null,
      overall: 'mean-of-elements',
      notes: {},
      sections: questionnaire.sections.map((section) => ({
        sectionId: section.id,
        elementId: (section.element ?? null) as AssessmentResponse['sections'][number]['elementId'],
        scoring: 'mean' as const,
      })),
      items: questionnaire.sections.flatMap((section) =>
        section.items.map((item) => ({
          kind: 'scale' as const,
          itemId: item.id,
          sectionId: section.id,
          reverse: item.reverse,
          value: scale.min + Math.floor(random() * (scale.max - scale.min + 1)),
        })),
      ),
    };
    responses.push({
      id: `bench-${String(i).padStart(2, '0')}-${completed.getTime().toString(36)}`,
      questionnaireId: questionnaire.id,
      completedAt: completed.toISOString(),
      payload: { scheme: 'plain', data: body },
    });
  }

  const draftStarted = new Date(now.getTime() - 2 * DAY_MS);
  const firstElement = questionnaire.sections[0]!;
  const draftBody: Omit<AssessmentDraft, 'questionnaireId' | 'updatedAt'> = {
    questionnaireVersion: questionnaire.version,
    startedAt: draftStarted.toISOString(),
    stepIndex: 1,
    answers: Object.fromEntries(firstElement.items.map((item, i) => [item.id, values[i % values.length]!])),
  };
  const draft: DraftRow = {
    id: questionnaire.id,
    updatedAt: new Date(draftStarted.getTime() + 5 * 60 * 1000).toISOString(),
    payload: { scheme: 'plain', data: draftBody },
  };
  return { responses, draft };
}

/**
 * Runs in the page (as a string: see bench-browser.ts on `__name`). Opens the
 * directory to find the active profile, then that profile's database, and
 * puts every row in one transaction. Never creates or upgrades a database.
 */
const SEED_IN_PAGE = `async ({ responses, draft }) => {
  const open = (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => { request.transaction.abort(); reject(new Error('database ' + name + ' does not exist yet')); };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open ' + name));
  });
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const directory = await open('attune-directory');
  const tx = directory.transaction(['meta', 'profiles'], 'readonly');
  const active = await done(tx.objectStore('meta').get('activeProfileId'));
  const profiles = await done(tx.objectStore('profiles').getAll());
  directory.close();
  const profileId = (active && active.value) || (profiles[0] && profiles[0].id);
  if (!profileId) throw new Error('the directory has no profile yet');
  const db = await open('attune-profile-' + profileId);
  const write = db.transaction(['responses', 'drafts'], 'readwrite');
  for (const row of responses) write.objectStore('responses').put(row);
  write.objectStore('drafts').put(draft);
  await new Promise((resolve, reject) => {
    write.oncomplete = resolve;
    write.onerror = () => reject(write.error);
    write.onabort = () => reject(write.error ?? new Error('seeding transaction aborted'));
  });
  const read = db.transaction(['responses', 'drafts'], 'readonly');
  const counts = { profileId, responses: await done(read.objectStore('responses').count()), drafts: await done(read.objectStore('drafts').count()) };
  db.close();
  return counts;
}`;

export const resultLinkName = /^Self-assessment, /;

/** Writes the history's rows into the profile opened by `page` (after loading `/` once), without checking the screen. */
export async function seedRows(page: Page, origin: string, history: History): Promise<{ profileId: string; responses: number; drafts: number }> {
  await page.goto(origin + '/');
  await page.getByRole('heading', { level: 2, name: 'Past results' }).waitFor({ timeout: WAIT_MS });
  const counts = (await page.evaluate(`(${SEED_IN_PAGE})(${JSON.stringify(history)})`)) as { profileId: string; responses: number; drafts: number };
  if (counts.responses !== history.responses.length || counts.drafts !== 1) {
    throw new Error(`seeding wrote ${counts.responses} responses and ${counts.drafts} drafts; expected ${history.responses.length} and 1`);
  }
  return counts;
}

/** Seeds the history into the profile opened by `page` and checks the home screen shows it. */
export async function seedHistory(page: Page, origin: string, history: History): Promise<{ profileId: string; responses: number; drafts: number }> {
  const counts = await seedRows(page, origin, history);
  await page.reload();
  await assertHistoryShown(page, history.responses.length);
  return counts;
}

/** Checks that the home screen on `page` lists `count` results and the unfinished draft. */
export async function assertHistoryShown(page: Page, count: number): Promise<void> {
  const links = page.getByRole('link', { name: resultLinkName });
  await links.nth(count - 1).waitFor({ timeout: WAIT_MS });
  const shown = await links.count();
  if (shown !== count) throw new Error(`the home screen lists ${shown} results; expected ${count}`);
  await page.getByText('You have an unfinished self-assessment').waitFor({ timeout: WAIT_MS });
}
