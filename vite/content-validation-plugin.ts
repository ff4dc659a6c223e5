/**
 * Vite plugin: validates every file under content/ before the build starts.
 * A broken file fails the build with its file name and the path of the bad
 * field, so invalid content can never ship.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { validateContent } from '../src/content/validate-content.ts';
import type { ContentFile } from '../src/content/validate-content.ts';

function listJson(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listJson(full);
    return name.endsWith('.json') && !name.endsWith('.schema.json') ? [full] : [];
  });
}

export function readContentFiles(root: string): ContentFile[] {
  return listJson(join(root, 'content')).map((full) => ({
    path: relative(root, full).split('\\').join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}

export function contentValidation(root: string): Plugin {
  return {
    name: 'attune-content-validation',
    buildStart() {
      const problems = validateContent(readContentFiles(root));
      if (problems.length > 0) {
        this.error(`Content is invalid:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
