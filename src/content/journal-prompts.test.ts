import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../domain/elements/element-ids.ts';
import { loadJournalPrompts, promptForDay } from './journal-prompts.ts';

describe('journal prompts', () => {
  it('has at least 8 prompts for each element', async () => {
    const prompts = await loadJournalPrompts();
    for (const element of ELEMENT_IDS) expect(prompts.filter((p) => p.element === element).length).toBeGreaterThanOrEqual(8);
  });

  it('asks only open questions: no question opens with a yes/no word such as "Did you" or "Is there"', async () => {
    const prompts = await loadJournalPrompts();
    const yesNo = /^(?:did|do|does|was|were|is|are|has|have|had|can|could|will|would|should)\b/i;
    const questions = (text: string) => text.split(/(?<=[.?!])\s+/).filter((sentence) => sentence.endsWith('?'));
    expect(prompts.filter((p) => questions(p.text).some((q) => yesNo.test(q))).map((p) => p.id)).toEqual([]);
  });

  it('shows the support routes with every prompt that may bring back distress, a death or discrimination', async () => {
    const prompts = await loadJournalPrompts();
    const distressing = /distress|upset|struggl|died|death|discriminat|patient's or family's/i;
    const touching = prompts.filter((p) => distressing.test(p.text));
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.filter((p) => p.support !== true).map((p) => p.id)).toEqual([]);
  });

  it('gives the same prompt all day and a different one the next day, visiting every prompt', async () => {
    const prompts = await loadJournalPrompts();
    expect(promptForDay(prompts, '2026-11-21')).toBe(promptForDay(prompts, '2026-11-21'));
    expect(promptForDay(prompts, '2026-11-22')).not.toBe(promptForDay(prompts, '2026-11-21'));
    const seen = new Set<string>();
    for (let day = 0; day < prompts.length; day++) {
      const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      seen.add(promptForDay(prompts, date).id);
    }
    expect(seen.size).toBe(prompts.length);
  });
});
