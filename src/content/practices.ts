/**
 * The practice registry. Each file in `content/practices/` is a lazy chunk
 * (validated against the zod schema at build time; here we only use its
 * type), so the practices load only when a practice screen needs them.
 */
import type { Practice } from './practice-schema.ts';

type Loader = () => Promise<unknown>;

export interface PracticeRegistry {
  /** One practice, or undefined when there is no such practice. */
  loadPractice(id: string): Promise<Practice | undefined>;
  /** Every practice, shortest first (then by title). */
  listPractices(): Promise<Practice[]>;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** The length of a practice in seconds: the sum of its steps. */
export function practiceSeconds(practice: Pick<Practice, 'steps'>): number {
  return practice.steps.reduce((sum, step) => sum + step.seconds, 0);
}

/** The length of a practice in whole minutes, at least 1. */
export function practiceMinutes(practice: Pick<Practice, 'steps'>): number {
  return Math.max(1, Math.round(practiceSeconds(practice) / 60));
}

/** A registry over loaders keyed by file path (`…/<id>.json`). */
export function createPracticeRegistry(files: Record<string, Loader>): PracticeRegistry {
  const byId = new Map(Object.entries(files).map(([path, load]) => [fileName(path), load]));
  async function loadPractice(id: string): Promise<Practice | undefined> {
    const load = byId.get(id);
    return load ? ((await load()) as Practice) : undefined;
  }
  async function listPractices(): Promise<Practice[]> {
    const practices = await Promise.all([...byId.values()].map(async (load) => (await load()) as Practice));
    return practices.sort((a, b) => practiceSeconds(a) - practiceSeconds(b) || a.title.localeCompare(b.title, 'en-GB'));
  }
  return { loadPractice, listPractices };
}

const registry = createPracticeRegistry(
  import.meta.glob<{ default: unknown }>('../../content/practices/*.json', { import: 'default' }) as Record<string, Loader>,
);

export const { loadPractice, listPractices } = registry;
