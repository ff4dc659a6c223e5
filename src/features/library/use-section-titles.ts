/** Section titles for a questionnaire's history, taken from the newest version that has each section. */
import { useEffect, useState } from 'react';
import { loadQuestionnaireVersion } from '../../content/questionnaires.ts';

export function useSectionTitles(questionnaireId: string, versions: readonly number[]): (sectionId: string) => string {
  const key = [...new Set(versions)].sort((a, b) => b - a).join(',');
  const [titles, setTitles] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void (async () => {
      const map = new Map<string, string>();
      for (const version of key ? key.split(',').map(Number) : []) {
        const questionnaire = await loadQuestionnaireVersion(questionnaireId, version);
        for (const section of questionnaire?.sections ?? []) if (!map.has(section.id)) map.set(section.id, section.title);
      }
      if (live) setTitles(map);
    })();
    return () => {
      live = false;
    };
  }, [questionnaireId, key]);
  return (sectionId) => titles.get(sectionId) ?? sectionId;
}
