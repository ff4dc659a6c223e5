/**
 * Vite plugin: the virtual module `virtual:attune-catalogue`, the list of
 * current instruments with only the fields a list needs (id, titles,
 * summary, purpose, minutes, and minutes with the optional notes written —
 * see src/domain/questionnaire/estimate-minutes.ts). Built from content/questionnaires/*.json at
 * build time, so listing instruments never loads their questions, bands or
 * feedback (importing single fields from the JSON files would pull every
 * file's chunk into the list's screen).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { estimateQuestionnaireTime, toStatedMinutes } from '../src/domain/questionnaire/estimate-minutes.ts';
import type { EstimatedQuestionnaire } from '../src/domain/questionnaire/estimate-minutes.ts';

const ID = 'virtual:attune-catalogue';
const RESOLVED = `\0${ID}`;
const FIELDS = ['id', 'title', 'shortTitle', 'summary', 'purpose', 'estimatedMinutes'] as const;

type CatalogueRecord = Record<(typeof FIELDS)[number] | 'minutesWithNotes', unknown>;

/**
 * The stated minutes plus the optional writing (challenge prompts), stated
 * the same way; null when there is no optional writing. The stated figure
 * itself comes from the file (a content test keeps it true).
 */
export function minutesWithNotes(data: Record<string, unknown>): number | null {
  const { optionalSeconds } = estimateQuestionnaireTime(data as unknown as EstimatedQuestionnaire);
  return optionalSeconds > 0 ? toStatedMinutes(Number(data.estimatedMinutes) * 60 + optionalSeconds) : null;
}

export function readCatalogue(root: string): CatalogueRecord[] {
  const dir = join(root, 'content', 'questionnaires');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      return { ...Object.fromEntries(FIELDS.map((field) => [field, data[field]])), minutesWithNotes: minutesWithNotes(data) } as CatalogueRecord;
    });
}

export function questionnaireCatalogue(root: string): Plugin {
  return {
    name: 'attune-questionnaire-catalogue',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const dir = join(root, 'content', 'questionnaires');
      for (const name of readdirSync(dir)) if (name.endsWith('.json')) this.addWatchFile(join(dir, name));
      return `export default ${JSON.stringify(readCatalogue(root))};`;
    },
  };
}
