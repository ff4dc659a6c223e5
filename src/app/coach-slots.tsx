/**
 * The parts of a coachee's review that other features own, composed here (a
 * feature never imports another): the Progress dashboard, handed the
 * coachee's records read-only, and one result with its feedback. Each loads
 * on demand, like the screens.
 */
import { lazy } from 'react';
import type { CoachSlots } from '../features/coach/coach-slots.ts';

const CoacheeProgress = lazy(() => import('../features/progress/coachee-progress.tsx').then((m) => ({ default: m.CoacheeProgress })));
const ResultReadOnly = lazy(() => import('../features/results/result-read-only.tsx').then((m) => ({ default: m.ResultReadOnly })));

export const coachSlots: CoachSlots = {
  Dashboard: (props) => <CoacheeProgress {...props} />,
  Result: (props) => <ResultReadOnly {...props} />,
};
