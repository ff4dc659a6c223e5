import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../vite/content-validation-plugin.ts';
import type { Questionnaire } from './questionnaire-schema.ts';
import { questionsFingerprint } from './released-questions.ts';

const LEDGER = 'content/released-questions.txt';

function readLedger(): Map<string, string> {
  const lines = readFileSync(LEDGER, 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return new Map(lines.map((line) => line.split(' ') as [string, string]));
}

const questionnaires = readContentFiles(process.cwd())
  .filter((file) => file.path.startsWith('content/questionnaires/'))
  .map((file) => ({ path: file.path, questionnaire: JSON.parse(file.text) as Questionnaire }));

describe('released questions never change in place', () => {
  const ledger = readLedger();

  it.each(questionnaires.map((q) => [q.path, q.questionnaire]))('%s matches its recorded fingerprint', (path, questionnaire) => {
    const key = `${questionnaire.id}@${questionnaire.version}`;
    const fingerprint = questionsFingerprint(questionnaire);
    expect(
      ledger.get(key),
      ledger.has(key)
        ? `${path}: the questions of ${key} changed after release. Bump the version, archive the old file, and add "${key.replace(/@\d+$/, `@${questionnaire.version + 1}`)}" to ${LEDGER}`
        : `${path}: a new version. Add the line "${key} ${fingerprint}" to ${LEDGER}`,
    ).toBe(fingerprint);
  });

  it('changes when a question is reworded, but not when feedback is', () => {
    const base = questionnaires.find((q) => q.questionnaire.id === 'compassionate-leadership')!.questionnaire;
    const reworded = structuredClone(base);
    reworded.sections[0]!.items[0]!.text = 'Reworded';
    const newFeedback = structuredClone(base);
    newFeedback.sections[0]!.bands![0]!.feedback = 'Clearer feedback';
    expect(questionsFingerprint(reworded)).not.toBe(questionsFingerprint(base));
    expect(questionsFingerprint(newFeedback)).toBe(questionsFingerprint(base));
  });
});
