/**
 * The weekly pulse's scores, briefly, inside the weekly reflection: one bar
 * per scored section (the four elements and energy), from the questionnaire
 * version it was answered with, and a link to the full result.
 */
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { loadQuestionnaireVersion } from '../../content/questionnaires.ts';
import type { ScoreBar } from '../../ui/score-bars.tsx';
import { noScoreText, scoreResponse } from '../../domain/scoring/score-response.ts';
import { useConnection } from '../../state/session-store.ts';
import { getResponse } from '../../storage/repositories/responses-repo.ts';
import { formatDate } from '../../ui/format.ts';
import { ScoreBars } from '../../ui/score-bars.tsx';

interface Loaded {
  completedAt: string;
  bars: ScoreBar[];
}

function useScores(responseId: string): Loaded | null | undefined {
  const connection = useConnection();
  const [loaded, setLoaded] = useState<{ id: string; value: Loaded | null }>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const response = await getResponse(connection, responseId);
      if (!response) return null;
      const questionnaire = await loadQuestionnaireVersion(response.questionnaireId, response.questionnaireVersion);
      const title = (sectionId: string) => questionnaire?.sections.find((s) => s.id === sectionId)?.title ?? sectionId;
      const bars = scoreResponse(response)
        .sections.filter((s) => s.scoring === 'mean')
        .map((s) => ({ id: s.sectionId, label: title(s.sectionId), score: s.score, emptyText: noScoreText(s) }));
      return { completedAt: response.completedAt, bars };
    })().then(
      (value) => live && setLoaded({ id: responseId, value }),
      () => live && setLoaded({ id: responseId, value: null }),
    );
    return () => {
      live = false;
    };
  }, [connection, responseId]);
  return loaded?.id === responseId ? loaded.value : undefined;
}

/** `carried`: the pulse was taken before this reflection (from the library or a link) and brought into it. */
export function PulseScores({ responseId, carried }: { responseId: string; carried: boolean }) {
  const loaded = useScores(responseId);
  if (loaded === undefined) return <p role="status">Loading your pulse…</p>;
  if (loaded === null) return <p>Your pulse is saved, but its scores could not be read here.</p>;
  return (
    <>
      <p>
        {carried
          ? `You took the weekly pulse on ${formatDate(loaded.completedAt)}, so it is part of this reflection; there is no need to take it again.`
          : 'Your pulse is saved.'}
      </p>
      <ScoreBars caption="This week’s pulse (0 to 100)" bars={loaded.bars} />
      <p>
        <Link to={paths.result(responseId)}>The full result, with what it might mean</Link>
      </p>
    </>
  );
}
