import { describe, expect, it } from 'vitest';
import { secondBehaviour } from './double-barrelled.ts';

describe('secondBehaviour', () => {
  it.each([
    // The six the review named in version 1 of the self-assessment
    ["At huddles and handovers I invite the team's concerns and ideas, and hear each one out before moving on.", 'and hear'],
    ['In one-to-ones I ask people what they value most about their work and what would help them stay.', 'and what'],
    ['I decide quickly that a colleague is being difficult or is not coping, without asking what lies behind it.', 'or is not'],
    ['I ask my team what makes their work harder, then act to clear at least one of those things.', ', then act'],
    ['I push for the staffing, equipment or training my team needs, escalating when I have to.', ', escalating'],
    ['I am open with my team about how a tough shift has affected me, so they know it is all right to say the same.', 'so they know'],
    // and other shapes
    ["At huddles and handovers I invite the team's concerns and ideas, and hear each one out before moving on.", 'and hear'],
    ['I ask what gets in the way of good care, and then act on what I hear.', 'and then act'],
    ['I notice when someone is being difficult or not coping, and check in with them.', 'and check'],
    ['I share my own reactions so that others know it is all right to do the same.', 'so that'],
    ['I push for the staff and resources the team needs or escalate when I cannot.', 'or escalate'],
  ])('flags two behaviours in %j', (text, joined) => {
    expect(secondBehaviour(text)).toBe(joined);
  });

  it('passes one behaviour, even with "and" between nouns', () => {
    expect(secondBehaviour('At huddles I ask the team what is worrying them.')).toBeUndefined();
    expect(secondBehaviour('I walk round the ward to see how people are, not only to check on beds and tasks.')).toBeUndefined();
  });
});
