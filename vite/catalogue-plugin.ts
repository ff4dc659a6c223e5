/**
 * Vite plugin: the virtual module `virtual:attune-catalogue`, the list of
 * current instruments with only the fields a list needs (id, titles,
 * summary, purpose, minutes). Built from content/questionnaires/*.json at
 * build time, so listing instruments never loads their questions, bands or
 * feedback (importing single fields from the JSON files would pull every
 * file's chunk into the list's screen).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:attune-catalogue';
const RESOLVED = `\0${ID}`;
const FIELDS = ['id', 'title', 'shortTitle', 'summary', 'purpose', 'estimatedMinutes'] as const;

export function readCatalogue(root: string): Array<Record<(typeof FIELDS)[number], unknown>> {
  const dir = join(root, 'content', 'questionnaires');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>;
      return Object.fromEntries(FIELDS.map((field) => [field, data[field]])) as Record<(typeof FIELDS)[number], unknown>;
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
