/**
 * The list of instruments the app offers, with only what a list needs (no
 * items, bands or feedback), from the build-time virtual module of
 * vite/catalogue-plugin.ts.
 */
import entries from 'virtual:attune-catalogue';
import type { Purpose } from './questionnaire-schema.ts';

export interface CatalogueEntry {
  id: string;
  title: string;
  shortTitle: string;
  summary: string;
  purpose: Purpose;
  estimatedMinutes: number;
  /** The time with every optional note written, or null when the instrument asks for none. */
  minutesWithNotes: number | null;
}

/** The order instruments are listed in: the weekly ones first, the long ones last. */
const PURPOSE_ORDER: readonly Purpose[] = ['pulse', 'presence', 'self-care', 'assessment', 'reflection'];

export const catalogue: readonly CatalogueEntry[] = [...entries].sort((a, b) => PURPOSE_ORDER.indexOf(a.purpose) - PURPOSE_ORDER.indexOf(b.purpose) || a.title.localeCompare(b.title));

/** A questionnaire's short name for lists, or its id when it is no longer offered. */
export function shortTitleOf(questionnaireId: string): string {
  return catalogue.find((entry) => entry.id === questionnaireId)?.shortTitle ?? questionnaireId;
}
