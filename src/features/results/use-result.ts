/**
 * Loads one result with what is needed to show it: the response, the
 * questionnaire version it was answered with (for names, bands and
 * feedback), the previous result of the same questionnaire, and the notes
 * on what changed between its versions.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import type { VersionNotes } from '../../content/questionnaires.ts';
import { loadQuestionnaireVersion, loadVersionNotes } from '../../content/questionnaires.ts';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import { getPreviousResponse, getResponse } from '../../storage/repositories/responses-repo.ts';
import { useLoaded } from '../../ui/use-loaded.ts';

export interface LoadedResult {
  response: AssessmentResponse;
  previous: AssessmentResponse | undefined;
}

/** undefined while loading, null when there is no such result. */
export function useResult(connection: ProfileConnection, responseId: string): LoadedResult | null | undefined {
  return useLiveQuery(async () => {
    const response = await getResponse(connection, responseId);
    if (!response) return null;
    return { response, previous: await getPreviousResponse(connection, response) };
  }, [connection, responseId]);
}

/** undefined while loading, null when that version is not available. */
export function useQuestionnaireVersion(id: string | undefined, version: number | undefined): Questionnaire | null | undefined {
  const [loaded, setLoaded] = useState<{ key: string; value: Questionnaire | null }>();
  const key = `${id}@${version}`;
  useEffect(() => {
    if (id === undefined || version === undefined) return;
    let cancelled = false;
    void loadQuestionnaireVersion(id, version).then((q) => !cancelled && setLoaded({ key, value: q ?? null }));
    return () => {
      cancelled = true;
    };
  }, [id, version, key]);
  return loaded?.key === key ? loaded.value : undefined;
}

/** undefined while loading, null when the questionnaire is no longer offered or its notes could not be loaded. */
export function useVersionNotes(id: string | undefined): VersionNotes | null | undefined {
  return useLoaded(id, loadVersionNotes);
}
