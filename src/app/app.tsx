/**
 * The composition root: the shell around every screen and the routes.
 * The home screen's static part is in the first bundle; storage (Dexie), the
 * home screen's records and the other screens load on demand, and are
 * precached by the service worker, so they work offline.
 */
import type { ComponentType, ReactNode } from 'react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Route, Routes } from 'react-router';
import { HomeScreen } from '../features/home/home-screen.tsx';
import { Layout } from './layout.tsx';
import { NotFound } from './not-found.tsx';
import { routePatterns } from './paths.ts';
import { StorageGate } from './storage-gate.tsx';
import { coachSlots } from './coach-slots.tsx';
import { weeklySlots } from './weekly-slots.tsx';

const AssessmentScreen = lazy(() =>
  import('../features/assessment/assessment-screen.tsx').then((m) => ({ default: m.AssessmentScreen })),
);
const ResultsScreen = lazy(() => import('../features/results/results-screen.tsx').then((m) => ({ default: m.ResultsScreen })));
const IntentionsScreen = lazy(() =>
  import('../features/intentions/intentions-screen.tsx').then((m) => ({ default: m.IntentionsScreen })),
);
const IntentionPicker = lazy(() =>
  import('../features/intentions/intention-picker.tsx').then((m) => ({ default: m.IntentionPicker })),
);
const FollowUpPrompt = lazy(() =>
  import('../features/intentions/follow-up-prompt.tsx').then((m) => ({ default: m.FollowUpPrompt })),
);
const LibraryScreen = lazy(() => import('../features/library/library-screen.tsx').then((m) => ({ default: m.LibraryScreen })));
const HistoryScreen = lazy(() => import('../features/library/history-screen.tsx').then((m) => ({ default: m.HistoryScreen })));
const JournalScreen = lazy(() => import('../features/journal/journal-screen.tsx').then((m) => ({ default: m.JournalScreen })));
const JournalEntryScreen = lazy(() =>
  import('../features/journal/journal-entry-screen.tsx').then((m) => ({ default: m.JournalEntryScreen })),
);
const PracticeScreen = lazy(() => import('../features/practice/practice-screen.tsx').then((m) => ({ default: m.PracticeScreen })));
const PracticePlayerScreen = lazy(() =>
  import('../features/practice/practice-player-screen.tsx').then((m) => ({ default: m.PracticePlayerScreen })),
);
const ReflectScreen = lazy(() => import('../features/reflect/reflect-screen.tsx').then((m) => ({ default: m.ReflectScreen })));
const WeeklyRhythmSettings = lazy(() =>
  import('../features/reflect/weekly-rhythm-settings.tsx').then((m) => ({ default: m.WeeklyRhythmSettings })),
);
const ProgressScreen = lazy(() => import('../features/progress/progress-screen.tsx').then((m) => ({ default: m.ProgressScreen })));
const ProfilesScreen = lazy(() => import('../features/profiles/profiles-screen.tsx').then((m) => ({ default: m.ProfilesScreen })));
const BackupScreen = lazy(() => import('../features/backup/backup-screen.tsx').then((m) => ({ default: m.BackupScreen })));
const ReportScreen = lazy(() => import('../features/reports/report-screen.tsx').then((m) => ({ default: m.ReportScreen })));
const TakeResultsElsewhere = lazy(() =>
  import('../features/reports/take-results-elsewhere.tsx').then((m) => ({ default: m.TakeResultsElsewhere })),
);
const ShareScreen = lazy(() => import('../features/share/share-screen.tsx').then((m) => ({ default: m.ShareScreen })));
const CoachScreen = lazy(() => import('../features/coach/coach-screen.tsx').then((m) => ({ default: m.CoachScreen })));
const CoacheeScreen = lazy(() => import('../features/coach/coachee-screen.tsx').then((m) => ({ default: m.CoacheeScreen })));
const CoacheeResultScreen = lazy(() => import('../features/coach/coachee-result-screen.tsx').then((m) => ({ default: m.CoacheeResultScreen })));
const SettingsScreen = lazy(() =>
  import('../features/settings/settings-screen.tsx').then((m) => ({ default: m.SettingsScreen })),
);

/** A screen that needs the profile's storage: opened (once) before it renders. */
function Stored({ screen }: { screen: ReactNode }) {
  return (
    <StorageGate>
      <Suspense fallback={<Loading />}>{screen}</Suspense>
    </StorageGate>
  );
}

/**
 * The home screen's records. Their code loads at the same time as storage
 * opens, and without a Suspense boundary: React holds back content revealed
 * by a boundary for up to 300 ms after its fallback, which was most of the
 * time to a usable home screen (see docs/performance.md).
 */
function HomeRecordsSlot() {
  const [HomeRecords, setHomeRecords] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import('../features/home/home-records.tsx').then((m) => live && setHomeRecords(() => m.HomeRecords));
    return () => {
      live = false;
    };
  }, []);
  return <StorageGate>{HomeRecords ? <HomeRecords /> : <Loading />}</StorageGate>;
}

function Loading() {
  return (
    <p className="muted" role="status">
      Loading…
    </p>
  );
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path={routePatterns.home} element={<HomeScreen records={<HomeRecordsSlot />} />} />
          <Route path={routePatterns.assess} element={<Stored screen={<AssessmentScreen before={<FollowUpPrompt />} />} />} />
          <Route path={routePatterns.result} element={<Stored screen={<ResultsScreen Intention={IntentionPicker} elsewhere={<TakeResultsElsewhere />} />} />} />
          <Route path={routePatterns.library} element={<Stored screen={<LibraryScreen />} />} />
          <Route path={routePatterns.history} element={<Stored screen={<HistoryScreen elsewhere={<TakeResultsElsewhere />} />} />} />
          <Route path={routePatterns.report} element={<Stored screen={<ReportScreen />} />} />
          <Route path={routePatterns.intentions} element={<Stored screen={<IntentionsScreen />} />} />
          <Route path={routePatterns.reflect} element={<Stored screen={<ReflectScreen slots={weeklySlots} />} />} />
          <Route path={routePatterns.journal} element={<Stored screen={<JournalScreen />} />} />
          <Route path={routePatterns.journalEntry} element={<Stored screen={<JournalEntryScreen />} />} />
          <Route path={routePatterns.practice} element={<Stored screen={<PracticeScreen />} />} />
          <Route path={routePatterns.practicePlayer} element={<Stored screen={<PracticePlayerScreen />} />} />
          <Route path={routePatterns.progress} element={<Stored screen={<ProgressScreen />} />} />
          <Route path={routePatterns.settings} element={<Stored screen={<SettingsScreen rhythm={<WeeklyRhythmSettings />} />} />} />
          <Route path={routePatterns.backup} element={<Stored screen={<BackupScreen />} />} />
          <Route path={routePatterns.share} element={<Stored screen={<ShareScreen />} />} />
          <Route path={routePatterns.coach} element={<Stored screen={<CoachScreen />} />} />
          <Route path={routePatterns.coachee} element={<Stored screen={<CoacheeScreen slots={coachSlots} />} />} />
          <Route path={routePatterns.coacheeResult} element={<Stored screen={<CoacheeResultScreen slots={coachSlots} />} />} />
          <Route path={routePatterns.profiles} element={<Stored screen={<ProfilesScreen />} />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
