/** What changed between a questionnaire's versions, for its history (undefined while loading, or when not offered or not loaded). */
import type { VersionNotes } from '../../content/questionnaires.ts';
import { loadVersionNotes } from '../../content/questionnaires.ts';
import { useLoaded } from '../../ui/use-loaded.ts';

export function useVersionNotes(questionnaireId: string): VersionNotes | undefined {
  return useLoaded(questionnaireId, loadVersionNotes) ?? undefined;
}
