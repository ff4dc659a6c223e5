/**
 * Validates content files against their zod schemas and reports each problem
 * with the file name and the path of the bad field. Used by the build (the
 * Vite plugin in vite/content-validation-plugin.ts) and by the content tests;
 * never by the app at run time.
 */
import type { z } from 'zod';
import { JournalPromptsSchema, PracticeSchema } from './practice-schema.ts';
import { QuestionnaireSchema } from './questionnaire-schema.ts';
import { SupportRoutesSchema } from './support-schema.ts';

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
  if (/^content\/practices\/[^/]+\.json$/.test(path)) return PracticeSchema;
  if (path === 'content/prompts/journal-prompts.json') return JournalPromptsSchema;
  if (path === 'content/support/support-routes.json') return SupportRoutesSchema;
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

interface VersionedFile {
  path: string;
  version: number;
  archived: boolean;
  items: Array<{ id: string; type: string; text: string }>;
}

function readVersioned(file: ContentFile): VersionedFile | undefined {
  const parsed = QuestionnaireSchema.safeParse(JSON.parse(file.text));
  if (!parsed.success) return undefined;
  return {
    path: file.path,
    version: parsed.data.version,
    archived: file.path.includes('/archive/'),
    items: parsed.data.sections.flatMap((s) => s.items.map((i) => ({ id: i.id, type: i.type, text: i.text }))),
  };
}

/**
 * Validates a set of files, and across the versions of each questionnaire:
 * archived versions are older than the current one, no two files share a
 * version, and an item id is never reused for a different question (same
 * id, same type and wording in every version that has it).
 */
export function validateContent(files: readonly ContentFile[]): string[] {
  const problems = files.flatMap(validateContentFile);
  const byId = new Map<string, VersionedFile[]>();
  for (const file of files) {
    if (!file.path.startsWith('content/questionnaires/')) continue;
    let versioned: VersionedFile | undefined;
    try {
      versioned = readVersioned(file);
    } catch {
      // already reported above
    }
    if (!versioned) continue;
    const id = (JSON.parse(file.text) as { id: string }).id;
    byId.set(id, [...(byId.get(id) ?? []), versioned]);
  }
  for (const [id, versions] of byId) {
    const current = versions.find((v) => !v.archived);
    if (current && versions.some((v) => v.archived && v.version >= current.version)) {
      problems.push(`content/questionnaires/${id}.json: version — must be higher than every archived version of "${id}"`);
    }
    const seenVersions = new Set<number>();
    const seenItems = new Map<string, { type: string; text: string; path: string }>();
    for (const file of [...versions].sort((a, b) => a.version - b.version)) {
      if (seenVersions.has(file.version)) problems.push(`${file.path}: version — version ${file.version} of "${id}" exists twice`);
      seenVersions.add(file.version);
      for (const item of file.items) {
        const earlier = seenItems.get(item.id);
        if (earlier && (earlier.type !== item.type || earlier.text !== item.text)) {
          problems.push(
            `${file.path}: item "${item.id}" — this id meant a different question in ${earlier.path}; give the changed question a new id`,
          );
        }
        if (!earlier) seenItems.set(item.id, { ...item, path: file.path });
      }
    }
  }
  return problems;
}
