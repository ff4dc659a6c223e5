import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentValidation } from './content-validation-plugin.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project folder holding one questionnaire file with the given text. */
function projectWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'attune-content-'));
  roots.push(root);
  mkdirSync(join(root, 'content', 'questionnaires'), { recursive: true });
  writeFileSync(join(root, 'content', 'questionnaires', 'compassionate-leadership.json'), text);
  return root;
}

function runBuildStart(root: string): void {
  const plugin = contentValidation(root);
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  (plugin.buildStart as (this: typeof context) => void).call(context);
}

describe('the build', () => {
  it('passes with valid content', () => {
    expect(() => runBuildStart(projectWith(readFileSync('content/questionnaires/compassionate-leadership.json', 'utf8')))).not.toThrow();
  });

  it('fails on a broken file, naming the file and the bad field', () => {
    const questionnaire = JSON.parse(readFileSync('content/questionnaires/compassionate-leadership.json', 'utf8')) as {
      sections: Array<{ items: Array<{ text: string }> }>;
    };
    questionnaire.sections[2]!.items[1]!.text = '';
    expect(() => runBuildStart(projectWith(JSON.stringify(questionnaire)))).toThrow(
      /content\/questionnaires\/compassionate-leadership\.json: sections\.2\.items\.1\.text — must not be empty/,
    );
  });
});
