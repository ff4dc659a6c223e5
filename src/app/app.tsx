/**
 * The composition root: the shell around every screen and the routes.
 * The home screen's static part is in the first bundle; storage (Dexie), the
 * home screen's records and the other screens load on demand, and are
 * precached by the service worker, so they work offline.
 */
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { HomeScreen } from '../features/home/home-screen.tsx';
import { Layout } from './layout.tsx';
import { NotFound } from './not-found.tsx';
import { routePatterns } from './paths.ts';
import { StorageGate } from './storage-gate.tsx';

const HomeRecords = lazy(() => import('../features/home/home-records.tsx').then((m) => ({ default: m.HomeRecords })));
const AssessmentScreen = lazy(() =>
  import('../features/assessment/assessment-screen.tsx').then((m) => ({ default: m.AssessmentScreen })),
);
const ResultsScreen = lazy(() => import('../features/results/results-screen.tsx').then((m) => ({ default: m.ResultsScreen })));
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
          <Route path={routePatterns.home} element={<HomeScreen records={<Stored screen={<HomeRecords />} />} />} />
          <Route path={routePatterns.assess} element={<Stored screen={<AssessmentScreen />} />} />
          <Route path={routePatterns.result} element={<Stored screen={<ResultsScreen />} />} />
          <Route path={routePatterns.settings} element={<Stored screen={<SettingsScreen />} />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
