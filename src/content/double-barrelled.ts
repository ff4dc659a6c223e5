/**
 * A rough detector of double-barrelled items: a statement rated once that
 * asks about two behaviours ("I invite concerns and hear each one out"), so
 * an answer cannot be read. It looks for a second verb joined by "and",
 * "or", ", then" or "so" (a verb from a list of the verbs our items use,
 * perhaps after "then", "still" or a pronoun), a participle after a comma
 * (", escalating when …"), a second question ("and what
 * would …"), a second judgement ("or is not coping") and any "so that",
 * which ties a behaviour to the effect hoped for.
 * It is a prompt for review, not a parser: an item it flags that truly asks
 * one thing is listed, with the reason, in the content test's reviewed list.
 */

/** Verbs our items use, in the forms that follow "I …" or "and …". */
const VERBS = [
  'act', 'ask', 'check', 'make', 'take', 'give', 'hear', 'listen', 'invite', 'share', 'push', 'press', 'explain', 'tell', 'thank',
  'notice', 'follow', 'help', 'change', 'offer', 'raise', 'speak', 'seek', 'say', 'talk', 'find', 'keep', 'let', 'look',
  'learn', 'put', 'stop', 'trace', 'plan', 'support', 'challenge', 'encourage', 'acknowledge', 'recognise', 'praise',
  'respond', 'reflect', 'agree', 'arrange', 'protect', 'remove', 'escalate', 'review', 'show', 'spend', 'step', 'try', 'work',
  'go', 'come', 'stay', 'walk', 'visit', 'write', 'record', 'report', 'name', 'call', 'sit', 'wait', 'pause', 'answer', 'admit',
  'apologise', 'carry', 'feel', 'manage', 'lead', 'coach', 'mentor', 'sponsor', 'develop', 'recruit', 'promote',
];
const VERB_FORMS = VERBS.flatMap((verb) => [verb, `${verb}s`, `${verb}es`, verb.endsWith('e') ? `${verb}d` : `${verb}ed`]);

/** The ways a second behaviour or question is joined on, most specific first. */
const PATTERNS: readonly RegExp[] = [
  // "… and hear each one out", "…, then act", "… and still keep", "… so they know"
  new RegExp(`(?:\\band|\\bor|,\\s*then|\\bso)\\s+(?:then\\s+|still\\s+|also\\s+)?(?:I\\s+|others\\s+|they\\s+|them\\s+)?(?:${[...VERB_FORMS, 'know', 'knows'].join('|')})\\b`, 'i'),
  // "…, escalating when I have to": a second behaviour as a participle
  new RegExp(`,\\s*(?:${VERBS.map((verb) => `${verb.replace(/e$/, '')}ing`).join('|')})\\b`, 'i'),
  // "what they value most and what would help them stay": two questions in one
  /\b(?:and|or)\s+(?:what|how|why|whether)\b/i,
  // "being difficult or is not coping": two judgements in one
  /\bor\s+is\s+not\b/i,
  // "so that …" ties a behaviour to the effect hoped for
  /\bso that\b/i,
];

/** The joining phrase and second verb when `text` looks like two behaviours under one rating; undefined when it does not. */
export function secondBehaviour(text: string): string | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}
