/**
 * Test setup for unit and component tests (jsdom): an in-memory IndexedDB,
 * DOM matchers, and a fresh database and session for every test.
 */
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetSession } from '../state/session-store.ts';
import { deleteAllDatabases } from './databases.ts';

// The first render of a test loads lazy chunks and opens IndexedDB; give it time on a 2-core machine.
configure({ asyncUtilTimeout: 10_000 });

// The service-worker registration is a virtual module of vite-plugin-pwa; component
// tests use a stand-in (the reload-prompt tests override it to simulate an update).
vi.mock('virtual:pwa-register/react', async () => import('./pwa-register-stub.ts'));

afterEach(async () => {
  cleanup();
  resetSession();
  await deleteAllDatabases();
});
