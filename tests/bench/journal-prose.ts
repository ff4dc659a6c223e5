/**
 * Deterministic "ward leadership" prose for the bench's journal entries:
 * sentences assembled from small phrase lists by the seeded generator, in
 * paragraphs, until the text reaches the length asked for (~1,800
 * characters in TARGETS.md). The words are varied enough that a search has
 * to scan real text (the query the bench types, "handover calm", matches
 * some entries and not others), and realistic enough that rendering a
 * preview costs what it would for a real entry. Nothing here is personal
 * data: every name is a role.
 */

export type Random = () => number;

/** A small deterministic generator (LCG), so every bench run seeds the same history. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `count` distinct items of `items`, in their original order. */
export function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(Math.floor(random() * items.length));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i]!);
}

const WHEN = [
  'This morning',
  'On the late shift',
  'At the safety huddle',
  'During handover',
  'After the ward round',
  'On nights',
  'At the bed meeting',
  'Just before lunch',
  'Towards the end of a long day',
  'In the middle of the drug round',
  'At the start of the early shift',
  'While we were waiting for the bed manager',
  'After the family meeting',
  'On the way back from the discharge lounge',
  'Over a rushed cup of tea',
  'At the weekly team meeting',
];

const WHO = [
  'a newly qualified nurse',
  'the healthcare assistant in bay four',
  'our deputy sister',
  'a student on her second placement',
  'the agency nurse covering nights',
  'the ward clerk',
  'the registrar',
  'a patient’s daughter',
  'the night coordinator',
  'one of the physiotherapists',
  'the discharge coordinator',
  'matron',
  'a bank nurse I had not met before',
  'the pharmacist',
  'a porter',
  'the occupational therapist',
];

const WHAT = [
  'told me she felt out of her depth with the acuity',
  'raised a worry about staffing for the weekend',
  'asked for help with a difficult conversation with a family',
  'seemed much quieter than usual',
  'challenged the new rota in front of everyone',
  'was close to tears in the sluice',
  'flagged a near miss on the drug round',
  'questioned why we still chase paper observations',
  'mentioned that she had not had a break all shift',
  'came to me about a comment that had upset him',
  'wanted to know why the escalation had taken so long',
  'asked whether we could change how we run the huddle',
  'pointed out that the same fault had been reported three times',
  'admitted she had been dreading coming in',
  'suggested a better way to organise the bays',
  'thanked the team for how the shift went',
];

const RESPONSE = [
  'I noticed I wanted to jump straight to a fix',
  'I tried to stay calm and listen properly',
  'I slowed down and asked what had been going on',
  'I realised I had been half listening while reading the bleep',
  'I made a point of thanking the whole team',
  'I caught myself assuming the worst before I knew the facts',
  'I let the silence sit for a moment instead of filling it',
  'I was short with people and I regret it',
  'I took her somewhere quiet and gave her my full attention',
  'I asked what would help most rather than guessing',
  'I felt the familiar tightness in my chest and kept my voice calm',
  'I wrote it down so that I would follow it up tomorrow',
  'I explained my reasoning instead of just giving the answer',
  'I checked the rota with her there and then',
  'I admitted that I did not know and promised to find out',
  'I stayed with the family until the consultant arrived',
];

const BECAUSE = [
  'because the ward was two nurses down',
  'even though the department was on black alert',
  'while three discharges were still waiting for transport',
  'although the bleep kept going',
  'because the last time this came up it was brushed aside',
  'since nobody had thought to ask her before',
  'even with a new admission arriving from the emergency department',
  'because the handover had been rushed again',
  'while the relatives were waiting in the corridor',
  'because I have been stretched thin all week',
];

const NEXT = [
  'Next time I want to',
  'Tomorrow I will',
  'I need to remember to',
  'It would help to',
  'Before the next huddle I plan to',
  'This week I want to try to',
];

const ACTION = [
  'check in with her before the shift starts',
  'protect ten minutes for a proper team debrief',
  'escalate the staffing gap to the site manager in writing',
  'ask the team what gets in their way most',
  'keep my phone out of sight in one-to-ones',
  'take my own break, and be seen taking it',
  'close the loop on the equipment request',
  'hear from the night staff before I decide anything',
  'hand this fix to my deputy and support her from the side',
  'say out loud that it was a hard shift',
  'start the huddle with how people are, not just the patients',
  'find out what actually happened before I form a view',
];

const CLOSING = [
  'The ward felt calmer by the evening.',
  'It was a hard shift, but we held together.',
  'I went home tired but clearer about what matters.',
  'Nobody was harmed, and we learned something.',
  'The team looked after each other today, and I want to notice that more.',
  'I am not sure I got it right, and that is worth sitting with.',
  'Small things, but they added up.',
  'The last hour was the calmest we have had in weeks.',
  'I need to be kinder to myself about the things I could not change.',
  'Writing this down helps me see the pattern.',
];

function sentence(random: Random): string {
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${pick(random, WHEN)}, ${pick(random, WHO)} ${pick(random, WHAT)}.`;
    case 1:
      return `${pick(random, RESPONSE)}, ${pick(random, BECAUSE)}.`;
    case 2:
      return `${pick(random, NEXT)} ${pick(random, ACTION)}.`;
    case 3:
      return `When ${pick(random, WHO)} ${pick(random, WHAT)}, ${pick(random, RESPONSE)}.`;
    default:
      return pick(random, CLOSING);
  }
}

/** Prose of `length` characters or a sentence more, in paragraphs of three to five sentences. */
export function prose(random: Random, length: number): string {
  const paragraphs: string[][] = [];
  let total = 0;
  let left = 0;
  while (total < length) {
    if (left === 0) {
      paragraphs.push([]);
      left = 3 + Math.floor(random() * 3);
      if (paragraphs.length > 1) total += 2;
    }
    const paragraph = paragraphs.at(-1)!;
    const next = sentence(random);
    total += next.length + (paragraph.length > 0 ? 1 : 0);
    paragraph.push(next);
    left--;
  }
  return paragraphs.map((p) => p.join(' ')).join('\n\n');
}

/** Short notes for the practice log. */
export const PRACTICE_NOTES = [
  '',
  '',
  'Felt scattered at the start, steadier by the end.',
  'Did it in the car before the shift.',
  'Interrupted by the bleep halfway through.',
  'Helped before a difficult meeting.',
  'Noticed how tense my shoulders were.',
  'Calmer going into the handover.',
  'Hard to settle today.',
  'Did this with two of the team at the huddle.',
];

/** Notes on how an intention went. */
export const FOLLOW_UP_NOTES = [
  '',
  'Managed it most days.',
  'The ward was too busy, but I tried once.',
  'The team noticed, which surprised me.',
  'Forgot until Thursday.',
  'Worth keeping for next week.',
];
