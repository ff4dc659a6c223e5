/**
 * What the inclusive leadership reflection and the clinical key questions
 * must keep saying (issue 11): discrimination named by its grounds, with the
 * support routes beside it; the missing remedies present; every scored
 * section tied to an element and cut into the agreed bands; the clinical
 * themes asked from a ward leader's seat, with plain hints and a next step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from './questionnaire-schema.ts';
import { readabilityOf } from './readability.ts';

const read = (id: string) => JSON.parse(readFileSync(`content/questionnaires/${id}.json`, 'utf8')) as Questionnaire;
const inclusive = read('inclusive-leadership');
const clinical = read('clinical-key-questions');
const wordsOf = (q: Questionnaire) => q.sections.flatMap((s) => [s.title, s.summary, ...s.items.map((i) => i.text)]).join(' ');

describe('the inclusive leadership reflection', () => {
  const scored = inclusive.sections.filter((s) => s.scoring === 'mean');
  const discrimination = scored.find((s) => /discrimination/i.test(s.title))!;

  it('ties every scored section to an element and cuts it into the agreed bands', () => {
    for (const section of scored) {
      expect(section.element, section.id).toBeDefined();
      expect(section.bands!.map((b) => [b.min, b.max]), section.id).toEqual([[0, 37], [38, 62], [63, 87], [88, 100]]);
    }
    expect(inclusive.scale?.notApplicable).toBeDefined();
  });

  it('names discrimination and its grounds, and signposts support under every band of that section', () => {
    expect(discrimination).toBeDefined();
    for (const ground of ['race', 'ethnicity', 'sex', 'gender', 'sexual orientation', 'age', 'disability', 'faith']) {
      expect(discrimination.summary).toMatch(new RegExp(`\\b${ground}\\b`));
    }
    expect(discrimination.bands!.every((b) => b.signpost === true)).toBe(true);
    expect(wordsOf(inclusive)).not.toMatch(/careless comment/i);
  });

  it('asks about positive action, who progresses and how to report discrimination', () => {
    const items = scored.flatMap((s) => s.items.map((i) => i.text)).join('\n');
    expect(items).toMatch(/positive-action/);
    expect(items).toMatch(/progress/);
    expect(items).toMatch(/report discrimination/);
  });
});

describe('the clinical key questions', () => {
  const themes = clinical.sections.slice(0, -1);
  const next = clinical.sections.at(-1)!;

  it('asks of every theme who you would raise it with', () => {
    for (const theme of themes) expect(theme.items.some((i) => /who would you (raise|ask)/i.test(i.text)), theme.id).toBe(true);
  });

  it('writes its hints as plain sentences', () => {
    const hints = clinical.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'text' && i.hint ? [i.hint] : [])));
    expect(readabilityOf(hints).flesch).toBeGreaterThanOrEqual(60);
  });

  it('ends with a next step: a choice of theme and a written first step', () => {
    const choice = next.items.find((i) => i.type === 'choice');
    expect(choice?.type === 'choice' && choice.options.map((o) => o.label)).toEqual(themes.map((t) => t.title));
    expect(next.items.some((i) => i.type === 'text')).toBe(true);
  });
});
