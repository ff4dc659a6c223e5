/**
 * The questionnaire versions this app ships, by questionnaire id: the
 * current file of each and every archived version, read from the content
 * files' `version` fields when a file is first opened (never at start-up:
 * the storage chunk loads with the app, and the content files load only on
 * demand). A file whose results name a version not listed here was written
 * by a newer app (or altered) and is refused.
 */
import type { KnownContent } from './file-request.ts';

const versions = import.meta.glob<number>(['../../../content/questionnaires/*.json', '../../../content/questionnaires/archive/*.json'], {
  import: 'version',
});

function idOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
  return name.replace(/\.v\d+$/, '');
}

let known: Promise<KnownContent> | undefined;

async function readKnownContent(): Promise<KnownContent> {
  const loaded = await Promise.all(Object.entries(versions).map(async ([path, load]) => [idOf(path), await load()] as const));
  const byId: Record<string, number[]> = {};
  for (const [id, version] of loaded) (byId[id] ??= []).push(version);
  for (const list of Object.values(byId)) list.sort((a, b) => a - b);
  return byId;
}

/** Every questionnaire id with its versions, ascending; read once. A content file that fails to load (offline, not cached) is tried again next time. */
export function loadKnownContent(): Promise<KnownContent> {
  known ??= readKnownContent().catch((error: unknown) => {
    known = undefined;
    throw error;
  });
  return known;
}
