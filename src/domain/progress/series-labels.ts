/** Names of the series in words: as a label or at the start of a sentence, and inside a sentence. */
import { ELEMENT_NAMES } from '../elements/element-ids.ts';
import type { SeriesId } from './progress-types.ts';

/** "Understanding", "Overall". */
export function seriesLabel(id: SeriesId): string {
  return id === 'overall' ? 'Overall' : ELEMENT_NAMES[id];
}

/** "understanding", "your overall score": as the series is named mid-sentence. */
export function seriesInSentence(id: SeriesId): string {
  return id === 'overall' ? 'your overall score' : ELEMENT_NAMES[id].toLowerCase();
}

/** "1 weekly pulse", "3 weekly pulses". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
