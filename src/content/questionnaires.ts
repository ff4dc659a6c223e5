/**
 * The questionnaire registry. Content files are bundled as separate chunks
 * (loaded on demand, so the first screen stays small) and were validated
 * against the zod schema at build time; here we only use their types.
 *
 * Current versions live in `content/questionnaires/<id>.json`; superseded
 * versions stay loadable from `content/questionnaires/archive/<id>.v<N>.json`
 * so old results are always displayed with the wording they were answered with.
 */
import type { VersionChange } from '../domain/questionnaire/version-boundaries.ts';
import type { Questionnaire } from './questionnaire-schema.ts';

type Loader = () => Promise<unknown>;

export interface QuestionnaireRegistry {
  /** The current version of a questionnaire, or undefined when there is no such questionnaire. */
  loadQuestionnaire(id: string): Promise<Questionnaire | undefined>;
  /** A specific version: the current file if it has that version, else the archive. */
  loadQuestionnaireVersion(id: string, version: number): Promise<Questionnaire | undefined>;
  /**
   * The current version number and every version's note on what changed from
   * the version before it (`changesFromPrevious`), oldest first; undefined
   * when there is no such questionnaire.
   */
  loadVersionNotes(id: string): Promise<VersionNotes | undefined>;
}

export interface VersionNotes {
  currentVersion: number;
  changes: VersionChange[];
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** A registry over loaders keyed by file path: current files, and archived `<id>.v<N>.json` files. */
export function createRegistry(current: Record<string, Loader>, archived: Record<string, Loader>): QuestionnaireRegistry {
  const currentById = new Map(Object.entries(current).map(([path, load]) => [fileName(path), load]));
  const archivedByKey = new Map(Object.entries(archived).map(([path, load]) => [fileName(path), load]));
  async function loadQuestionnaire(id: string): Promise<Questionnaire | undefined> {
    const load = currentById.get(id);
    return load ? ((await load()) as Questionnaire) : undefined;
  }
  async function loadQuestionnaireVersion(id: string, version: number): Promise<Questionnaire | undefined> {
    const latest = await loadQuestionnaire(id);
    if (latest?.version === version) return latest;
    const load = archivedByKey.get(`${id}.v${version}`);
    return load ? ((await load()) as Questionnaire) : undefined;
  }
  async function loadVersionNotes(id: string): Promise<VersionNotes | undefined> {
    const latest = await loadQuestionnaire(id);
    if (!latest) return undefined;
    const archived = await Promise.all(
      [...archivedByKey].filter(([key]) => key.startsWith(`${id}.v`)).map(async ([, load]) => (await load()) as Questionnaire),
    );
    const changes = [latest, ...archived]
      .filter((q) => q.id === id && q.changesFromPrevious)
      .map((q) => ({ version: q.version, ...q.changesFromPrevious! }))
      .sort((a, b) => a.version - b.version);
    return { currentVersion: latest.version, changes };
  }
  return { loadQuestionnaire, loadQuestionnaireVersion, loadVersionNotes };
}

const registry = createRegistry(
  import.meta.glob<{ default: unknown }>('../../content/questionnaires/*.json', { import: 'default' }) as Record<string, Loader>,
  import.meta.glob<{ default: unknown }>('../../content/questionnaires/archive/*.json', { import: 'default' }) as Record<string, Loader>,
);

export const { loadQuestionnaire, loadQuestionnaireVersion, loadVersionNotes } = registry;

/** The notes of several questionnaires, for screens that compare across versions (Progress, Today's latest change). */
export interface NotesOf {
  /** Each questionnaire's version notes, oldest first; a questionnaire whose notes failed to load is left out. */
  versionNotes: Record<string, VersionChange[]>;
  /** The questionnaires whose notes could not be loaded (or that do not exist), in the order asked. */
  unavailable: string[];
}

/**
 * The version notes of `ids`, each loaded on its own: one that fails (its
 * chunk missing offline) is named in `unavailable`, and the others are still
 * given. Never throws. `load` is the registry's loadVersionNotes unless told.
 */
export async function loadNotesOf(ids: readonly string[], load: (id: string) => Promise<VersionNotes | undefined> = loadVersionNotes): Promise<NotesOf> {
  const settled = await Promise.allSettled(ids.map((id) => load(id)));
  const notes: NotesOf = { versionNotes: {}, unavailable: [] };
  settled.forEach((result, i) => {
    const id = ids[i]!;
    if (result.status === 'fulfilled' && result.value) notes.versionNotes[id] = result.value.changes;
    else notes.unavailable.push(id);
  });
  return notes;
}
