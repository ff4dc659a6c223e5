/**
 * The parts of the weekly reflection, composed from the features that own
 * them (a feature never imports another, so the app wires them together).
 * Each loads on demand, like the screens.
 */
import { lazy } from 'react';
import { WEEKLY_PULSE_ID } from '../domain/weekly/weekly-reflection.ts';
import type { ReflectSlots } from '../features/reflect/reflect-screen.tsx';

const AssessmentScreen = lazy(() => import('../features/assessment/assessment-screen.tsx').then((m) => ({ default: m.AssessmentScreen })));
const PracticePlayer = lazy(() => import('../features/practice/practice-player.tsx').then((m) => ({ default: m.PracticePlayer })));
const WeeklyJournalStep = lazy(() =>
  import('../features/journal/weekly-journal-step.tsx').then((m) => ({ default: m.WeeklyJournalStep })),
);
const FollowUpPrompt = lazy(() => import('../features/intentions/follow-up-prompt.tsx').then((m) => ({ default: m.FollowUpPrompt })));
const IntentionPicker = lazy(() => import('../features/intentions/intention-picker.tsx').then((m) => ({ default: m.IntentionPicker })));

export const weeklySlots: ReflectSlots = {
  Pulse: ({ onSubmitted }) => <AssessmentScreen embedded={{ questionnaireId: WEEKLY_PULSE_ID, onSubmitted }} />,
  Practice: (props) => <PracticePlayer {...props} compact />,
  Journal: (props) => <WeeklyJournalStep {...props} />,
  FollowUp: (props) => <FollowUpPrompt {...props} />,
  Intention: (props) => <IntentionPicker {...props} />,
};
