/** The practice content a screen needs: one practice, or all of them (shortest first). undefined while loading. */
import { useEffect, useState } from 'react';
import type { Practice } from '../../content/practice-schema.ts';
import { listPractices, loadPractice } from '../../content/practices.ts';

/** One practice; null when there is no such practice (or it failed to load). */
export function usePractice(practiceId: string): Practice | null | undefined {
  const [loaded, setLoaded] = useState<{ id: string; practice: Practice | null }>();
  useEffect(() => {
    let live = true;
    loadPractice(practiceId)
      .then((practice) => live && setLoaded({ id: practiceId, practice: practice ?? null }))
      .catch(() => live && setLoaded({ id: practiceId, practice: null }));
    return () => {
      live = false;
    };
  }, [practiceId]);
  return loaded?.id === practiceId ? loaded.practice : undefined;
}

export function usePractices(): Practice[] | undefined {
  const [practices, setPractices] = useState<Practice[]>();
  useEffect(() => {
    let live = true;
    listPractices()
      .then((list) => live && setPractices(list))
      .catch(() => live && setPractices([]));
    return () => {
      live = false;
    };
  }, []);
  return practices;
}
