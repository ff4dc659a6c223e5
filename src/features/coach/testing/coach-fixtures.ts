/** Shares, coachees and notes for the coach screens' tests (the storage helper is stood in for there). */
import type { CoacheeSummary, CoachNote, ShareBody, ShareCovers, SharedKind, WhatIsNew } from '../../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../../domain/files/file-types.ts';
import type { JournalEntry } from '../../../domain/journal/entry.ts';
import { makeResponse } from '../../../testing/factories.ts';

export const NONE: Record<SharedKind, number> = { responses: 0, journal: 0, intentions: 0, practiceLog: 0, weeklyReflections: 0 };

export const COVERS: ShareCovers = { counts: { ...NONE, responses: 2, journal: 1 }, from: '2026-01-05', to: '2026-11-20', writtenAnswers: false };

export const SAM_LINK = '4f9c2a51-1111-4c3b-9a6e-2b8f6d1e0a01';
export const ALEX_LINK = '4f9c2a51-2222-4c3b-9a6e-2b8f6d1e0a02';

export function coachee(overrides: Partial<CoacheeSummary> = {}): CoacheeSummary {
  return {
    linkId: SAM_LINK,
    displayName: 'Sam',
    addedAt: '2026-11-01T10:00:00.000Z',
    latestShareId: 'share-1',
    latestShareAt: '2026-11-30T18:00:00.000Z',
    receivedAt: '2026-12-01T09:00:00.000Z',
    covers: COVERS,
    whatIsNew: null,
    ...overrides,
  };
}

export function journalEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id: 'entry-1',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
    localDate: '2026-11-20',
    promptId: null,
    promptText: null,
    text: 'The handover went better once I slowed down.',
    elements: [],
    tags: [],
    mood: null,
    energy: null,
    responseId: null,
    intentionId: null,
    shareWithCoach: true,
    ...overrides,
  };
}

export function shareBody(overrides: Partial<ShareBody> = {}): ShareBody {
  return {
    linkId: SAM_LINK,
    shareId: 'share-2',
    leaderName: 'Samira',
    timeZone: 'Europe/London',
    scope: { reflections: 'scores', journal: 'tagged', intentions: true, practice: true, from: null, to: null },
    records: {
      responses: [makeResponse({ id: 'response-1', completedAt: '2026-11-03T09:12:00.000Z' })],
      drafts: [],
      intentions: [
        {
          id: 'intention-1',
          createdAt: '2026-11-03T09:20:00.000Z',
          elementId: 'helping',
          text: 'Ask one quiet colleague how their week went.',
          source: 'own',
          responseId: 'response-1',
          followUp: { outcome: 'partly', note: 'Twice, not every day.', answeredAt: '2026-11-10T09:00:00.000Z' },
        },
      ],
      journal: [journalEntry()],
      practiceLog: [],
      weeklyReflections: [],
      preferences: [],
    },
    withdraw: [],
    ...overrides,
  };
}

export function openedShare(body: ShareBody = shareBody()): OpenedFile<ShareBody> {
  return {
    header: {
      format: 'attune-file',
      formatVersion: 1,
      kind: 'share',
      appVersion: '0.1.0',
      schemaVersion: 5,
      exportedAt: '2026-12-02T18:00:00.000Z',
      contentVersions: { 'compassionate-leadership': [1] },
    },
    body,
    encrypted: true,
  };
}

export const WHAT_IS_NEW: WhatIsNew = { added: { ...NONE, responses: 2, journal: 1 }, gone: { ...NONE, practiceLog: 3 } };

export function note(overrides: Partial<CoachNote> = {}): CoachNote {
  return {
    id: 'note-1',
    linkId: SAM_LINK,
    responseId: null,
    text: 'Sam seems steadier since the new rota; ask about sleep.',
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}
