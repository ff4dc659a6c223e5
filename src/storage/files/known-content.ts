/**
 * The questionnaire versions this app ships, by questionnaire id: the
 * current file of each and every archived version. Only each file's
 * `version` field is imported (a named import of the JSON, at build time),
 * so knowing them loads no questions. A file whose results name a version
 * not listed here was written by a newer app (or altered) and is refused.
 */
import type { KnownContent } from './file-request.ts';

const versions = import.meta.glob<number>(['../../../content/questionnaires/*.json', '../../../content/questionnaires/archive/*.json'], {
  eager: true,
  import: 'version',
});

function idOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
  return name.replace(/\.v\d+$/, '');
}

/** Built once: every questionnaire id with its versions, ascending. */
export const KNOWN_CONTENT: KnownContent = (() => {
  const known: Record<string, number[]> = {};
  for (const [path, version] of Object.entries(versions)) {
    const id = idOf(path);
    (known[id] ??= []).push(version);
  }
  for (const list of Object.values(known)) list.sort((a, b) => a - b);
  return known;
})();
