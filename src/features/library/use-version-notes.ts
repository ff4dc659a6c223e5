/** What changed between a questionnaire's versions, for its history (undefined while loading or when not offered). */
import { useEffect, useState } from 'react';
import type { VersionNotes } from '../../content/questionnaires.ts';
import { loadVersionNotes } from '../../content/questionnaires.ts';

export function useVersionNotes(questionnaireId: string): VersionNotes | undefined {
  const [loaded, setLoaded] = useState<{ id: string; value: VersionNotes | undefined }>();
  useEffect(() => {
    let live = true;
    void loadVersionNotes(questionnaireId).then(
      (value) => live && setLoaded({ id: questionnaireId, value }),
      () => live && setLoaded({ id: questionnaireId, value: undefined }),
    );
    return () => {
      live = false;
    };
  }, [questionnaireId]);
  return loaded?.id === questionnaireId ? loaded.value : undefined;
}
