import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue, shortTitleOf } from './catalogue.ts';

describe('the catalogue of instruments', () => {
  it('lists every current questionnaire with its titles, weekly ones first', () => {
    const files = readdirSync('content/questionnaires').filter((name) => name.endsWith('.json'));
    expect(catalogue.map((e) => e.id).sort()).toEqual(files.map((name) => name.slice(0, -'.json'.length)).sort());
    const pulse = JSON.parse(readFileSync('content/questionnaires/weekly-pulse.json', 'utf8')) as { title: string };
    expect(catalogue[0]).toMatchObject({ id: 'weekly-pulse', title: pulse.title, purpose: 'pulse' });
    expect(catalogue.at(-1)?.purpose).toBe('reflection');
  });

  it('carries no questions, only what a list needs', () => {
    for (const entry of catalogue) expect(Object.keys(entry).sort()).toEqual(['estimatedMinutes', 'id', 'minutesWithNotes', 'purpose', 'shortTitle', 'summary', 'title']);
  });

  it('gives the time with the optional notes written, where there are any', () => {
    // The self-assessment: 7 minutes stated, plus 4 challenge prompts at 75 s each = 12 minutes, stated as 10.
    expect(catalogue.find((e) => e.id === 'compassionate-leadership')).toMatchObject({ estimatedMinutes: 7, minutesWithNotes: 10 });
    expect(catalogue.find((e) => e.id === 'self-compassion')).toMatchObject({ estimatedMinutes: 2, minutesWithNotes: null });
  });

  it('names a retired questionnaire by its id', () => {
    expect(shortTitleOf('weekly-pulse')).toBe('Weekly pulse');
    expect(shortTitleOf('retired-thing')).toBe('retired-thing');
  });
});
