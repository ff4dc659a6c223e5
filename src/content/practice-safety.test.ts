/**
 * The practices are safe to use on a ward: a breathing practice says what to
 * do if you feel light-headed, never asks you to close your eyes without
 * offering a count to keep the pace by (the guide is on the screen); the
 * body scan offers a way out at any time; and no practice is offered for a
 * moment of alarm or a clinical emergency.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../vite/content-validation-plugin.ts';
import type { Practice } from './practice-schema.ts';

const practices = readContentFiles(process.cwd())
  .filter((f) => f.path.startsWith('content/practices/'))
  .map((f) => [f.path, JSON.parse(f.text) as Practice] as const);
const breathing = practices.filter(([, practice]) => practice.breathing);

describe('practices are safe to use on a ward', () => {
  it('has breathing practices to check', () => {
    expect(breathing.length).toBeGreaterThan(0);
  });

  it.each(breathing)('%s tells people to stop and breathe normally if they feel light-headed', (_path, practice) => {
    expect(practice.safety).toMatch(/light-headed.*stop and breathe normally/i);
  });

  it.each(breathing)('%s never asks people to close their eyes without a count to keep the pace by', (_path, practice) => {
    const closing = practice.steps.filter((step) => /close your eyes|eyes closed/i.test(step.text));
    expect(closing.filter((step) => !/\bcount/i.test(step.text)).map((step) => step.text)).toEqual([]);
  });

  it('the body scan offers a way out: attention to the feet, open eyes, or stopping', () => {
    const [, bodyScan] = practices.find(([, practice]) => practice.id === 'body-scan')!;
    expect(bodyScan.safety).toMatch(/your feet.*open your eyes.*stop at any time/i);
    expect(bodyScan.steps.some((step) => /come back to your feet.*open your eyes/i.test(step.text))).toBe(true);
  });

  it.each(practices)('%s is not offered for a moment of alarm or an emergency', (_path, practice) => {
    expect(`${practice.summary} ${practice.when}`).not.toMatch(/\balarm|emergenc/i);
  });
});
