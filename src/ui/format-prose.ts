/**
 * Joining content into sentences without doubling its punctuation: a title
 * such as "What does this moment need?" already ends its sentence, so the
 * app must not add a full stop (or a colon) after it.
 */

/** Ends a sentence: ., ?, !, or …, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.?!…]['"’”)\]]*$/;

/** The text as a sentence: trimmed, with a full stop added only when it does not already end one. */
export function withFullStop(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * A title run into the text it introduces, "Title: text", or "Title? Text"
 * when the title is a question or exclamation already.
 */
export function titleThenText(title: string, text: string): string {
  const lead = title.trim();
  return SENTENCE_END.test(lead) ? `${lead} ${text.trim()}` : `${lead}: ${text.trim()}`;
}

/** A number of minutes in words, "1 minute" or "6 minutes". */
export function minutesInWords(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
