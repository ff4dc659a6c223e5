/**
 * Validates content files against their zod schemas and reports each problem
 * with the file name and the path of the bad field. Used by the build (the
 * Vite plugin in vite/content-validation-plugin.ts) and by the content tests;
 * never by the app at run time.
 */
import type { z } from 'zod';
import { QuestionnaireSchema } from './questionnaire-schema.ts';

export interface ContentFile {
  /** Path relative to the repository root, e.g. content/questionnaires/x.json */
  path: string;
  text: string;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${file}: ${formatPath(issue.path)} — ${issue.message}`);
}

/** The schema a content file must match, chosen by its folder. */
function schemaFor(path: string) {
  if (/^content\/questionnaires\//.test(path)) return QuestionnaireSchema;
  return undefined;
}

/** What a questionnaire's file name must be, given its id and version. */
function expectedName(path: string, data: { id: string; version: number }): string {
  return path.includes('/archive/') ? `${data.id}.v${data.version}.json` : `${data.id}.json`;
}

/** Returns every problem found in one file (empty when it is valid). */
export function validateContentFile(file: ContentFile): string[] {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    return [`${file.path}: (file) — not valid JSON: ${(error as Error).message}`];
  }
  const schema = schemaFor(file.path);
  if (!schema) return [`${file.path}: (file) — no schema is known for files in this folder`];
  const result = schema.safeParse(data);
  if (!result.success) return formatIssues(file.path, result.error.issues);
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const expected = expectedName(file.path, result.data);
  return name === expected ? [] : [`${file.path}: id — the file must be named ${expected} to match its id and version`];
}

/** Validates a set of files; also checks that archived versions are older than the current one. */
export function validateContent(files: readonly ContentFile[]): string[] {
  const problems = files.flatMap(validateContentFile);
  const versions = new Map<string, { current?: number; archived: number[] }>();
  for (const file of files) {
    if (!file.path.startsWith('content/questionnaires/')) continue;
    try {
      const { id, version } = JSON.parse(file.text) as { id: string; version: number };
      const entry = versions.get(id) ?? { archived: [] };
      if (file.path.includes('/archive/')) entry.archived.push(version);
      else entry.current = version;
      versions.set(id, entry);
    } catch {
      // already reported above
    }
  }
  for (const [id, { current, archived }] of versions) {
    if (current !== undefined && archived.some((v) => v >= current)) {
      problems.push(`content/questionnaires/${id}.json: version — must be higher than every archived version of "${id}"`);
    }
  }
  return problems;
}
