import { describe, expect, it } from 'vitest';
import { PracticeSchema } from './practice-schema.ts';

/** A small breathing practice: settle, two paced steps, return. */
function breathing(steps: Array<Record<string, unknown>>) {
  return {
    id: 'test-breathing',
    version: 1,
    title: 'Test breathing',
    summary: 'A short test.',
    when: 'Any time.',
    elements: ['attending'],
    breathing: { inhaleSeconds: 4, holdSeconds: 0, exhaleSeconds: 6, restSeconds: 0 },
    stillGuidance: 'Count in for four and out for six.',
    steps,
  };
}

const settle = { text: 'Sit comfortably.', seconds: 20, stage: 'settling' };
const paced = { text: 'Follow the guide.', seconds: 60, stage: 'practice', pacer: true };
const back = { text: 'Let your breathing find its own pace.', seconds: 20, stage: 'returning' };

function problems(practice: unknown): string[] {
  const result = PracticeSchema.safeParse(practice);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the pacer in a practice', () => {
  it('runs in practice steps only', () => {
    expect(problems(breathing([settle, paced, back]))).toEqual([]);
  });

  it('is refused in a settling or returning step', () => {
    expect(problems(breathing([{ ...settle, pacer: true }, paced, back]))).toEqual(['steps.0.pacer: the pacer runs only in "practice" steps, not while settling']);
    expect(problems(breathing([settle, paced, { ...back, pacer: true }]))).toEqual(['steps.2.pacer: the pacer runs only in "practice" steps, not while returning']);
  });

  it('is refused in a practice without breathing, and required in one with it', () => {
    const still: Record<string, unknown> = breathing([settle, paced, back]);
    delete still.breathing;
    expect(problems(still)).toEqual(['steps.1.pacer: only a practice with "breathing" has a pacer']);
    expect(problems(breathing([settle, { ...paced, pacer: undefined }, back]))).toEqual(['steps: a breathing practice needs at least one step with "pacer": true']);
  });
});
