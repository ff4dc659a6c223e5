/**
 * The open profile's results for the report, kept up to date as results
 * change, with the wording of every version they were answered with.
 * undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { AssessmentResponse } from '../../domain/questionnaire/response.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { Listed } from '../../storage/repositories/open-rows.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import type { QuestionnaireVersions } from './questionnaire-versions.ts';
import { loadQuestionnaireVersions } from './questionnaire-versions.ts';

export interface ReportData {
  listed: Listed<AssessmentResponse>;
  versions: QuestionnaireVersions;
}

export function useReport(connection: ProfileConnection): ReportData | undefined {
  const listed = useLiveQuery(() => listResponses(connection), [connection]);
  const [loaded, setLoaded] = useState<ReportData>();
  useEffect(() => {
    if (!listed) return;
    let live = true;
    void loadQuestionnaireVersions(listed.items).then((versions) => live && setLoaded({ listed, versions }));
    return () => {
      live = false;
    };
  }, [listed]);
  return loaded && loaded.listed === listed ? loaded : undefined;
}
