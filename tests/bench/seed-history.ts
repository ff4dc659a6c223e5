/**
 * Seeds "10 years of data" (TARGETS.md: one leader's decade) into the app's
 * own IndexedDB, in the exact record format the storage layer writes
 * (src/storage/repositories/*.ts with the PlainVault's `{ scheme: 'plain',
 * data }` payload): 40 full self-assessments a quarter apart, 520 weekly
 * pulses, 40 leadership presence checks a quarter apart, 3,650 journal
 * entries (one a day, ~1,800 characters each), 2,000 practice sessions, 520
 * intentions with their follow-ups, and the 520 weekly reflections that tie
 * a week's pulse, journal entry, practice and intention together; plus one
 * unfinished self-assessment draft.
 *
 * For the Progress screen (issue 12): results completed in the first half
 * of the decade answer version 1 of the self-assessment and of the pulse
 * (content/questionnaires/archive/<id>.v1.json), the second half the current
 * version 2, whose note says scores are not comparable, so the decade has a
 * version boundary; the presence checks answer the current version
 * throughout, with aims and actual ratings. Scores follow a gentle trend with
 * week-to-week noise (seed-scores.ts). The 520 weekly reflections are spread
 * over 530 weeks (ten weeks with no reflection and no pulse, about one a
 * year, never the last two), and one in nine is done late (on the Monday or
 * Tuesday after its week, `late: true`). Responses are built by the app's
 * own buildResponse. `progressRecords` (progress-records.ts) gives the same
 * records as a ProgressRecords object, for computing the dashboard in node.
 *
 * Every record is built as the app's own domain type (AssessmentResponse,
 * JournalEntry, PracticeLogEntry, Intention, WeeklyReflection), so a change
 * to those fails the type check of this file, and stored as the
 * repositories store it (sealed-table.ts, which every repository is built
 * on since profile schema v4). A change to how rows are stored that the types do not
 * show makes the app read the rows as altered: the checks after seeding
 * (every kind of record shown, counted or totalled on its screen) catch it.
 *
 * How: load '/' so the app creates its directory database, the default
 * profile and that profile's database at the current schema version (with
 * its `meta` 'schema' row); then, in the page, open the existing databases
 * with the raw IndexedDB API (no version number, so never an upgrade), check
 * the schema version and the meta row are the ones this app writes, and add
 * every row in one transaction; reload and check the home screen shows it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ElementId } from '../../src/domain/elements/element-ids.ts';
import { ELEMENT_IDS } from '../../src/domain/elements/element-ids.ts';
import type { Intention, Outcome } from '../../src/domain/intentions/intention.ts';
import type { JournalEntry } from '../../src/domain/journal/entry.ts';
import type { PracticeLogEntry } from '../../src/domain/practice/practice-log.ts';
import { formatPractisedTime } from '../../src/domain/practice/practice-time.ts';
import type { ScoredQuestionnaire } from '../../src/domain/questionnaire/build-response.ts';
import { buildResponse } from '../../src/domain/questionnaire/build-response.ts';
import type { AssessmentDraft, AssessmentResponse, DraftAnswer, ScoringMethod } from '../../src/domain/questionnaire/response.ts';
import type { WeeklyReflection } from '../../src/domain/weekly/weekly-reflection.ts';
import { profileMigrations } from '../../src/storage/migrations/profile/index.ts';
import { WAIT_MS } from './bench-browser.ts';
import type { Random } from './journal-prose.ts';
import { FOLLOW_UP_NOTES, pick, pickSome, PRACTICE_NOTES, prose, seededRandom } from './journal-prose.ts';
import { presenceAnswers, scaleAnswers } from './seed-scores.ts';

export const QUESTIONNAIRE_ID = 'compassionate-leadership';
export const PULSE_ID = 'weekly-pulse';
export const PRESENCE_ID = 'leadership-presence';
const YEARS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Profile schema version the app writes (Dexie stores it as IndexedDB version × 10). */
export const PROFILE_SCHEMA_VERSION = profileMigrations.at(-1)!.version;

/** How many records of each kind: TARGETS.md's "10 years of data". */
export interface HistorySize {
  assessments: number;
  pulses: number;
  journal: number;
  /** Characters of text in each journal entry, on average. */
  journalChars: number;
  practice: number;
  intentions: number;
  presence: number;
}

export const DECADE: HistorySize = { assessments: 40, pulses: 520, journal: 3650, journalChars: 1800, practice: 2000, intentions: 520, presence: 40 };

/** The decade without its journal: every record the Progress screen reads, seeded in a fraction of the time (the browser tests). */
export const DECADE_WITHOUT_JOURNAL: HistorySize = { ...DECADE, journal: 0 };

/** Weekly reflections skipped: one week in every 53, counting back from this week (never the last two). */
const isGapWeek = (weeksAgo: number): boolean => weeksAgo % 53 === 27;
/** One weekly reflection in nine is done late, on the Monday or Tuesday after its week. */
const isLateReflection = (k: number, weeks: number): boolean => k % 9 === 4 && k < weeks - 2;

/** The parts of content/questionnaires/<id>.json the bench needs. */
export interface QuestionnaireContent {
  id: string;
  version: number;
  /** The questionnaire form's accessible name. */
  title: string;
  overall?: AssessmentResponse['overall'];
  scale: { options: { value: number; label: string }[]; notApplicable?: string };
  sections: {
    id: string;
    title: string;
    element?: string;
    scoring?: ScoringMethod;
    offersNotApplicable?: boolean;
    items: { id: string; type?: string; reverse: boolean }[];
    bands?: { practices?: { title: string; description: string }[] }[];
  }[];
}

/** The parts of the presence check the bench needs: paired items only. */
export interface PresenceContent {
  id: string;
  version: number;
  overall?: AssessmentResponse['overall'];
  pairedScale: { options: { value: number }[] };
  sections: { id: string; element?: string; scoring?: ScoringMethod; items: { id: string; type?: string }[] }[];
}

function readContentFile<T extends { id: string; version: number; sections: { items: { id: string; type?: string }[] }[] }>(
  path: string,
  id: string,
  itemType: string,
  version?: number,
): T {
  const content = JSON.parse(readFileSync(path, 'utf8')) as T;
  if (content.id !== id || !Array.isArray(content.sections)) throw new Error(`${path} is not the questionnaire "${id}"`);
  if (version !== undefined && content.version !== version) throw new Error(`${path} is version ${content.version}; expected ${version}`);
  const other = content.sections.flatMap((s) => s.items).find((item) => (item.type ?? 'scale') !== itemType);
  if (other) throw new Error(`${path}: item ${other.id} is of type "${other.type}"; the bench seeds ${itemType} items only here`);
  return content;
}

/** The current file of a scale-only questionnaire, or with `version` its archived copy (content/questionnaires/archive/<id>.v<N>.json). */
export function readQuestionnaire(id = QUESTIONNAIRE_ID, version?: number): QuestionnaireContent {
  const path = version === undefined ? `content/questionnaires/${id}.json` : `content/questionnaires/archive/${id}.v${version}.json`;
  return readContentFile<QuestionnaireContent>(path, id, 'scale', version);
}

function readPresence(): PresenceContent {
  return readContentFile<PresenceContent>(`content/questionnaires/${PRESENCE_ID}.json`, PRESENCE_ID, 'paired');
}

/** A questionnaire as buildResponse reads it (its structural type). */
function scored(questionnaire: QuestionnaireContent | PresenceContent): ScoredQuestionnaire {
  return {
    id: questionnaire.id,
    version: questionnaire.version,
    scale: 'scale' in questionnaire ? questionnaire.scale : undefined,
    pairedScale: 'pairedScale' in questionnaire ? questionnaire.pairedScale : undefined,
    overall: questionnaire.overall ?? 'mean-of-elements',
    sections: questionnaire.sections.map((section) => ({
      id: section.id,
      element: (section.element ?? undefined) as ElementId | undefined,
      scoring: section.scoring ?? 'mean',
      offersNotApplicable: 'offersNotApplicable' in section ? section.offersNotApplicable : undefined,
      items: section.items.map((item) =>
        item.type === 'paired' ? { type: 'paired' as const, id: item.id } : { type: 'scale' as const, id: item.id, reverse: 'reverse' in item ? item.reverse : false },
      ),
    })),
  };
}

interface PromptContent {
  id: string;
  element: ElementId;
  text: string;
}

interface PracticeContent {
  id: string;
  title: string;
  elements: ElementId[];
}

/** Content the history is built from: the questionnaires (the self-assessment and the pulse in versions 1 and 2), the journal prompts and the practices. */
export interface HistoryContent {
  /** The current self-assessment (version 2), answered in the second half of the decade, and by the draft. */
  assessment: QuestionnaireContent;
  pulse: QuestionnaireContent;
  /** Version 1 of each, answered in the first half. */
  assessmentV1: QuestionnaireContent;
  pulseV1: QuestionnaireContent;
  presence: PresenceContent;
  prompts: PromptContent[];
  practices: PracticeContent[];
}

export function readHistoryContent(): HistoryContent {
  const prompts = (JSON.parse(readFileSync('content/prompts/journal-prompts.json', 'utf8')) as { prompts: PromptContent[] }).prompts;
  const practices = readdirSync('content/practices')
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(`content/practices/${name}`, 'utf8')) as PracticeContent);
  if (prompts.length === 0 || practices.length === 0) throw new Error('content/prompts or content/practices is empty');
  const [assessment, pulse] = [readQuestionnaire(QUESTIONNAIRE_ID), readQuestionnaire(PULSE_ID)];
  if (assessment.version !== 2 || pulse.version !== 2) throw new Error('the bench seeds versions 1 and 2 of the self-assessment and the pulse; a version 3 needs seed-history.ts updated');
  return { assessment, pulse, assessmentV1: readQuestionnaire(QUESTIONNAIRE_ID, 1), pulseV1: readQuestionnaire(PULSE_ID, 1), presence: readPresence(), prompts, practices };
}

/** A row of a sealed table (sealed-table.ts): index fields in the clear, and the whole record but its id in the payload. */
type SealedRow<T, K extends keyof T> = Pick<T, K> & { id: string; payload: { scheme: 'plain'; data: Omit<T, 'id'> } };

export type JournalRow = SealedRow<JournalEntry, 'createdAt'>;
export type PracticeRow = SealedRow<PracticeLogEntry, 'date'>;
export type IntentionRow = SealedRow<Intention, 'createdAt'>;
/** A finished response: its id in the clear with its questionnaire and time (responses-repo.ts). */
export type ResponseRow = SealedRow<AssessmentResponse, 'questionnaireId' | 'completedAt'>;
/** A draft is keyed by its questionnaire's id, so that id is not in the record (drafts-repo.ts). */
type DraftRow = SealedRow<Omit<AssessmentDraft, 'questionnaireId'> & { id: string }, 'updatedAt'>;
export type WeeklyRow = SealedRow<WeeklyReflection, 'weekOf'>;

/** Writes a record as sealed-table.ts's `put` does: index fields and id in the clear, the whole record but its id in a plain payload (the sealed copy the index fields are checked against). */
function sealedRow<T extends { id: string }, K extends keyof T>(record: T, indexed: readonly K[]): SealedRow<T, K> {
  const data = Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'id'));
  const index = Object.fromEntries(indexed.map((key) => [key, record[key]]));
  return { ...index, id: record.id, payload: { scheme: 'plain', data } } as SealedRow<T, K>;
}

export interface History {
  /** Self-assessments and weekly pulses, oldest first. */
  responses: ResponseRow[];
  draft: DraftRow;
  journal: JournalRow[];
  practiceLog: PracticeRow[];
  intentions: IntentionRow[];
  weeklyReflections: WeeklyRow[];
}

/** The object stores each part of a History goes to. */
const STORES = {
  responses: 'responses',
  journal: 'journal',
  practiceLog: 'practiceLog',
  intentions: 'intentions',
  weeklyReflections: 'weeklyReflections',
} as const satisfies Record<Exclude<keyof History, 'draft'>, string>;

export function historyRecords(history: History): number {
  return Object.keys(STORES).reduce((n, key) => n + history[key as keyof typeof STORES].length, 0) + 1;
}

/** A deterministic id shaped like crypto.randomUUID()'s, as the app's newId() makes. */
export function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const iso = (ms: number): string => new Date(ms).toISOString();
/** 'YYYY-MM-DD' of an instant in UTC (headless Chromium here runs in the machine's zone, UTC). */
const day = (ms: number): string => iso(ms).slice(0, 10);
const utcMidnight = (date: Date): number => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

function rangeOf(options: readonly { value: number }[]): { min: number; max: number } {
  const values = options.map((o) => o.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** A finished response with these answers, built by the app's own buildResponse as questionnaire-form.tsx saves it. */
function responseRow(
  questionnaire: QuestionnaireContent | PresenceContent,
  id: string,
  completedMs: number,
  minutes: number,
  answers: Record<string, DraftAnswer>,
  notes: Record<string, string> = {},
): ResponseRow {
  const startedAt = iso(completedMs - minutes * MINUTE_MS);
  const draft: AssessmentDraft = { questionnaireId: questionnaire.id, questionnaireVersion: questionnaire.version, startedAt, updatedAt: startedAt, stepIndex: 0, answers, notes };
  return sealedRow(buildResponse(scored(questionnaire), draft, id, new Date(completedMs)), ['questionnaireId', 'completedAt'] as const);
}

const TAGS = ['handover', 'staffing', 'nights', 'sickness', 'families', 'students', 'wellbeing', 'incident', 'rota', 'praise', 'escalation', 'huddle'];
const OUTCOMES: Outcome[] = ['done', 'done', 'partly', 'partly', 'not-yet'];
const OWN_INTENTIONS = [
  'Start every huddle by asking how people are.',
  'Take a full break on every shift and say so.',
  'Get back to everyone who raises a concern within two days.',
  'Ask one night-shift colleague how their week went.',
  'Listen to the end before offering a fix.',
];

/**
 * One leader's history. `seed` (default 0) gives another leader's: other ids,
 * text and scores, the same shape and counts (the coaching bench seeds ten).
 */
export function buildHistory(content: HistoryContent, now = new Date(), size: HistorySize = DECADE, seed = 0): History {
  const random = seededRandom(20261121 + seed);
  const answers = seededRandom(20261203 + seed); // the scores, apart from the rest so either can change alone
  const today = utcMidnight(now);
  const { assessment, pulse } = content;
  const decadeMs = YEARS * 365.25 * DAY_MS;
  const startMs = now.getTime() - decadeMs;
  /** How far through the decade an instant falls, 0 to 1. */
  const at = (ms: number): number => Math.min(1, Math.max(0, (ms - startMs) / decadeMs));
  /** Version 1 before the middle of the decade, the current version from it on. */
  const versionAt = (ms: number, v1: QuestionnaireContent, v2: QuestionnaireContent): QuestionnaireContent => (ms < startMs + decadeMs / 2 ? v1 : v2);
  const scaleResponse = (questionnaire: QuestionnaireContent, id: string, ms: number, minutes: number, notes: Record<string, string> = {}): ResponseRow =>
    responseRow(questionnaire, id, ms, minutes, scaleAnswers(questionnaire.sections, rangeOf(questionnaire.scale.options), at(ms), answers), notes);

  // Self-assessments, a quarter apart over ten years.
  const responses: ResponseRow[] = [];
  const spacingMs = decadeMs / Math.max(1, size.assessments);
  for (let i = 0; i < size.assessments; i++) {
    const completed = now.getTime() - (size.assessments - i) * spacingMs;
    responses.push(scaleResponse(versionAt(completed, content.assessmentV1, assessment), `bench-${String(i).padStart(2, '0')}-${completed.toString(36)}`, completed, 12));
  }

  // Leadership presence checks, a quarter apart, each about six weeks after a self-assessment, at 17:30 UTC.
  const presenceSpacingMs = decadeMs / Math.max(1, size.presence);
  const presenceScale = rangeOf(content.presence.pairedScale.options);
  for (let i = 0; i < size.presence; i++) {
    const completed = utcMidnight(new Date(now.getTime() - (size.presence - i) * presenceSpacingMs + 45 * DAY_MS)) + (17 * 60 + 30) * MINUTE_MS;
    const id = `presence-${String(i).padStart(2, '0')}-${completed.toString(36)}`;
    responses.push(responseRow(content.presence, id, completed, 6, presenceAnswers(content.presence.sections, presenceScale, at(completed), answers)));
  }

  // The journal: one entry a day, the newest yesterday, written in the evening.
  const journalByDay = new Map<string, JournalEntry>();
  const journalEntries: JournalEntry[] = [];
  for (let i = 0; i < size.journal; i++) {
    const createdMs = today - (size.journal - i) * DAY_MS + (18 * 60 + Math.floor(random() * 240)) * MINUTE_MS;
    const prompt = random() < 0.25 ? pick(random, content.prompts) : null;
    const elements = random() < 0.6 ? pickSome(random, ELEMENT_IDS, 1 + Math.floor(random() * 2)) : [];
    if (prompt && !elements.includes(prompt.element)) elements.push(prompt.element);
    const entry: JournalEntry = {
      id: uuid(random),
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs + (4 + Math.floor(random() * 20)) * MINUTE_MS),
      localDate: day(createdMs),
      promptId: prompt?.id ?? null,
      promptText: prompt?.text ?? null,
      text: prose(random, size.journalChars - 100 + Math.floor(random() * 120)),
      elements: ELEMENT_IDS.filter((e) => elements.includes(e)),
      tags: random() < 0.7 ? pickSome(random, TAGS, 1 + Math.floor(random() * 3)) : [],
      mood: random() < 0.8 ? 1 + Math.floor(random() * 5) : null,
      energy: random() < 0.8 ? 1 + Math.floor(random() * 5) : null,
      responseId: null,
      intentionId: null,
    };
    journalEntries.push(entry);
    journalByDay.set(entry.localDate, entry);
  }

  // The practice log: 2,000 sessions spread evenly over the same days.
  const practiceEntries: PracticeLogEntry[] = [];
  const practiceByDay = new Map<string, PracticeLogEntry>();
  const practiceSpacing = (YEARS * 365 * DAY_MS) / Math.max(1, size.practice);
  for (let i = 0; i < size.practice; i++) {
    const dayMs = utcMidnight(new Date(today - (size.practice - i) * practiceSpacing));
    const loggedMs = dayMs + (7 * 60 + Math.floor(random() * 12 * 60)) * MINUTE_MS;
    const practice = random() < 0.9 ? pick(random, content.practices) : null;
    const entry: PracticeLogEntry = {
      id: uuid(random),
      date: day(dayMs),
      loggedAt: iso(loggedMs),
      practiceId: practice?.id ?? null,
      practiceTitle: practice?.title ?? 'A quiet moment of my own',
      minutes: 1 + Math.floor(random() * 15),
      note: pick(random, PRACTICE_NOTES),
      elementId: practice?.elements[0] ?? null,
    };
    practiceEntries.push(entry);
    practiceByDay.set(entry.date, entry);
  }

  // Weekly reflections, one a week but the gap weeks, the newest last week: the pulse on Friday evening (or, when
  // late, on the Monday or Tuesday after), then that day's journal entry, a practice from that week if there was
  // one, last week's intention followed up and a new intention.
  const mondayThisWeek = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
  const weeks = Math.max(size.pulses, size.intentions);
  const weeksAgo: number[] = [];
  for (let w = 1; weeksAgo.length < weeks; w++) if (!isGapWeek(w)) weeksAgo.unshift(w);
  const intentions: Intention[] = [];
  const weekly: WeeklyReflection[] = [];
  const pulseIntentions = pulse.sections.flatMap((section) =>
    (section.bands ?? []).flatMap((band) => (band.practices ?? []).map((p) => ({ element: (section.element ?? null) as ElementId | null, text: p.description }))),
  );
  for (let k = 0; k < weeks; k++) {
    const monday = mondayThisWeek - weeksAgo[k]! * 7 * DAY_MS;
    const late = isLateReflection(k, weeks);
    const pulseMs = monday + (late ? 7 + (k % 2) : 4) * DAY_MS + (16 * 60 + Math.floor(random() * 180)) * MINUTE_MS;
    let pulseId: string | null = null;
    if (k >= weeks - size.pulses) {
      pulseId = uuid(random);
      const version = versionAt(pulseMs, content.pulseV1, pulse);
      const notes = random() < 0.2 ? { [version.sections[0]!.id]: pick(random, PRACTICE_NOTES.filter((n) => n !== '')) } : {};
      responses.push(scaleResponse(version, pulseId, pulseMs, 3, notes));
    }
    let intention: Intention | null = null;
    if (k >= weeks - size.intentions) {
      const own = random() < 0.3;
      const suggested = pick(random, pulseIntentions);
      intention = {
        id: uuid(random),
        createdAt: iso(pulseMs + 9 * MINUTE_MS),
        elementId: own ? null : suggested.element,
        text: own ? pick(random, OWN_INTENTIONS) : suggested.text,
        source: own ? 'own' : random() < 0.7 ? 'practice' : 'focus',
        responseId: pulseId,
        followUp: null,
      };
      const previous = intentions.at(-1);
      if (previous) previous.followUp = { outcome: pick(random, OUTCOMES), note: pick(random, FOLLOW_UP_NOTES), answeredAt: iso(pulseMs + 5 * MINUTE_MS) };
      intentions.push(intention);
    }
    const journal = journalByDay.get(day(pulseMs));
    if (journal && intention) journal.intentionId = intention.id;
    let practice: PracticeLogEntry | undefined;
    for (let d = 0; d < 7 && !practice; d++) practice = practiceByDay.get(day(monday + d * DAY_MS));
    weekly.push({
      id: uuid(random),
      weekOf: day(monday),
      startedAt: iso(pulseMs - 3 * MINUTE_MS),
      completedAt: iso(pulseMs + 10 * MINUTE_MS),
      late,
      step: 'intention',
      pulseResponseId: pulseId,
      practiceLogId: practice?.id ?? null,
      journalEntryId: journal?.id ?? null,
      intentionId: intention?.id ?? null,
    });
  }
  responses.sort((a, b) => a.completedAt.localeCompare(b.completedAt));

  const draftStartedMs = now.getTime() - 2 * DAY_MS;
  const firstElement = assessment.sections[0]!;
  const values = assessment.scale.options.map((o) => o.value);
  const draftBody: Omit<AssessmentDraft, 'questionnaireId' | 'updatedAt'> = {
    questionnaireVersion: assessment.version,
    startedAt: iso(draftStartedMs),
    stepIndex: 1,
    answers: Object.fromEntries(firstElement.items.map((item, i) => [item.id, values[i % values.length]!])),
  };
  const draft: DraftRow = sealedRow({ ...draftBody, id: assessment.id, updatedAt: iso(draftStartedMs + 5 * MINUTE_MS) }, ['updatedAt'] as const);

  return {
    responses,
    draft,
    journal: journalEntries.map((e) => sealedRow(e, ['createdAt'] as const)),
    practiceLog: practiceEntries.map((e) => sealedRow(e, ['date'] as const)),
    intentions: intentions.map((e) => sealedRow(e, ['createdAt'] as const)),
    weeklyReflections: weekly.map((e) => sealedRow(e, ['weekOf'] as const)),
  };
}

export interface SeedCounts {
  profileId: string;
  /** IndexedDB version of the profile database (Dexie: schema version × 10). */
  idbVersion: number;
  schema: { version: number; appVersion: string } | null;
  drafts: number;
  stores: Record<string, number>;
}

/**
 * Runs in the page (as a string: see bench-browser.ts on `__name`). Opens the
 * directory to find the active profile, then that profile's database; checks
 * it is at the schema version this app writes, with the app's meta row; adds
 * every row in one transaction. Never creates or upgrades a database.
 */
const SEED_IN_PAGE = `async ({ tables, draft, schemaVersion }) => {
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
  const names = [...Object.keys(tables), 'drafts'];
  const missing = names.filter((name) => !db.objectStoreNames.contains(name));
  const installed = Math.floor(db.version / 10);
  if (installed !== schemaVersion || missing.length > 0) {
    db.close();
    throw new Error('the profile database is at schema version ' + installed + ' (IndexedDB ' + db.version + '), expected ' + schemaVersion + (missing.length ? '; missing stores: ' + missing.join(', ') : ''));
  }
  const schema = await done(db.transaction('meta', 'readonly').objectStore('meta').get('schema'));
  const write = db.transaction(names, 'readwrite');
  for (const [name, rows] of Object.entries(tables)) {
    const store = write.objectStore(name);
    for (const row of rows) store.add(row);
  }
  write.objectStore('drafts').put(draft);
  await new Promise((resolve, reject) => {
    write.oncomplete = resolve;
    write.onerror = () => reject(write.error);
    write.onabort = () => reject(write.error ?? new Error('seeding transaction aborted'));
  });
  const read = db.transaction(names, 'readonly');
  const stores = {};
  for (const name of Object.keys(tables)) stores[name] = await done(read.objectStore(name).count());
  const counts = {
    profileId,
    idbVersion: db.version,
    schema: schema ? { version: schema.version, appVersion: schema.appVersion } : null,
    drafts: await done(read.objectStore('drafts').count()),
    stores,
  };
  db.close();
  return counts;
}`;

function appVersion(): string {
  return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
}

/** Writes the history's rows into the profile opened by `page` (after loading `/` once), without checking the screen. */
export async function seedRows(page: Page, origin: string, history: History): Promise<SeedCounts> {
  await page.goto(origin + '/');
  await page.getByRole('heading', { level: 2, name: 'Past results' }).waitFor({ timeout: WAIT_MS });
  const tables = Object.fromEntries(Object.entries(STORES).map(([key, store]) => [store, history[key as keyof typeof STORES]]));
  const input = { tables, draft: history.draft, schemaVersion: PROFILE_SCHEMA_VERSION };
  const counts = (await page.evaluate(`(${SEED_IN_PAGE})(${JSON.stringify(input)})`)) as SeedCounts;
  const version = appVersion();
  if (counts.schema?.version !== PROFILE_SCHEMA_VERSION || counts.schema.appVersion !== version) {
    throw new Error(
      `the profile's meta 'schema' row is ${JSON.stringify(counts.schema)}; the app writes { version: ${PROFILE_SCHEMA_VERSION}, appVersion: "${version}" }`,
    );
  }
  for (const [key, store] of Object.entries(STORES)) {
    const expected = history[key as keyof typeof STORES].length;
    if (counts.stores[store] !== expected) throw new Error(`seeding left ${counts.stores[store]} rows in ${store}; expected ${expected}`);
  }
  if (counts.drafts !== 1) throw new Error(`seeding left ${counts.drafts} drafts; expected 1`);
  return counts;
}

/** Seeds the history into the profile opened by `page` and checks the app reads every record of it. */
export async function seedHistory(page: Page, origin: string, history: History): Promise<SeedCounts> {
  const counts = await seedRows(page, origin, history);
  await page.reload();
  await assertHistoryShown(page, history);
  await assertJournalAndPracticeShown(page, origin, history);
  return counts;
}

async function expectShown(page: Page, text: string, what: string): Promise<void> {
  try {
    await page.getByText(text, { exact: true }).first().waitFor({ timeout: WAIT_MS });
  } catch (error) {
    throw new Error(`${what}: "${text}" never showed at ${page.url()} (were rows unreadable? has the stored format changed?)`, { cause: error });
  }
}

/** Checks the journal screen counts every entry and the practice screen totals every session, none unreadable. */
export async function assertJournalAndPracticeShown(page: Page, origin: string, history: History): Promise<void> {
  await page.goto(origin + '/journal');
  await expectShown(page, `${history.journal.length} entries`, 'the journal');
  if (await page.getByText('Some entries could not be read').isVisible()) throw new Error('the journal reports unreadable entries');
  await page.goto(origin + '/practice');
  // The total as the practice screen words it (decision 0016); these sessions hold whole minutes only.
  const minutes = history.practiceLog.reduce((n, row) => n + row.payload.data.minutes, 0);
  await expectShown(page, formatPractisedTime(minutes * 60), 'the practice log');
  if (await page.getByText('Some practices could not be read').isVisible()) throw new Error('the practice log reports unreadable sessions');
}

/** How many results the home screen lists (RECENT_RESULTS in src/features/home/past-results.tsx). */
const RECENT_RESULTS = 10;
export const resultLinkName = /^(Self-assessment|Weekly pulse|Leadership presence), /;

/**
 * Checks that the home screen on `page` shows the history: the most recent
 * results, the link to older ones, the unfinished draft, the intention
 * waiting for its follow-up, and every weekly reflection counted.
 */
export async function assertHistoryShown(page: Page, history: History): Promise<void> {
  const expected = Math.min(RECENT_RESULTS, history.responses.length);
  const links = page.getByRole('link', { name: resultLinkName });
  await links.nth(expected - 1).waitFor({ timeout: WAIT_MS });
  const shown = await links.count();
  if (shown !== expected) throw new Error(`the home screen lists ${shown} results; expected ${expected}`);
  if (history.responses.length > RECENT_RESULTS) await page.getByRole('link', { name: 'Older results are in each reflection’s history' }).waitFor({ timeout: WAIT_MS });
  await page.getByText('You have an unfinished self-assessment').waitFor({ timeout: WAIT_MS });
  if (history.intentions.length > 0) await page.getByRole('heading', { level: 2, name: 'Your intention' }).waitFor({ timeout: WAIT_MS });
  if (history.weeklyReflections.length > 0) await page.getByText(`Weeks reflected: ${history.weeklyReflections.length}`).waitFor({ timeout: WAIT_MS });
  if (await page.getByText('Some saved records could not be read').isVisible()) throw new Error('the home screen reports unreadable records');
}
