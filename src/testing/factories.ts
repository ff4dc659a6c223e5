/** Small builders for test data: sequential ids and fixed timestamps, so tests are deterministic. */
import type { AssessmentDraft, AssessmentResponse } from '../domain/questionnaire/response.ts';
import { openDirectory } from '../storage/directory.ts';
import type { OpenOptions } from '../storage/open-versioned.ts';
import type { ProfileConnection } from '../storage/profile-connection.ts';
import { openProfile } from '../storage/profile-connection.ts';
import type { ProfileRecord } from '../storage/repositories/profiles-repo.ts';
import { resolveStartupProfile } from '../storage/repositories/profiles-repo.ts';

let sequence = 0;
export function nextId(prefix = 'id'): string {
  sequence += 1;
  return `${prefix}-${String(sequence).padStart(4, '0')}`;
}

export const TEST_PROFILE: ProfileRecord = {
  id: 'profile-test',
  displayName: 'Test leader',
  createdAt: '2026-01-01T00:00:00.000Z',
  vault: { scheme: 'plain' },
};

export function openTestProfile(profile = TEST_PROFILE, options: OpenOptions = {}): Promise<ProfileConnection> {
  return openProfile(profile, options);
}

/** Opens the directory and the start-up profile, as the app does on first run. */
export async function openStartupProfile(): Promise<ProfileConnection> {
  const directory = await openDirectory();
  const profile = await resolveStartupProfile(directory);
  return openProfile(profile!);
}

/** A response with every item of one element answered `value` (four elements × 5 items). */
export function makeResponse(overrides: Partial<AssessmentResponse> & { value?: number } = {}): AssessmentResponse {
  const { value = 4, ...rest } = overrides;
  const elements = ['attending', 'understanding', 'empathising', 'helping'] as const;
  return {
    id: nextId('response'),
    questionnaireId: 'compassionate-leadership',
    questionnaireVersion: 1,
    startedAt: '2026-11-01T09:00:00.000Z',
    completedAt: '2026-11-01T09:12:00.000Z',
    scale: { min: 1, max: 5 },
    pairedScale: null,
    overall: 'mean-of-elements',
    sections: elements.map((elementId) => ({ sectionId: elementId, elementId, scoring: 'mean' as const })),
    items: elements.flatMap((elementId) =>
      [0, 1, 2, 3, 4].map((i) => ({ kind: 'scale' as const, itemId: `${elementId}-${i}`, sectionId: elementId, reverse: i === 4, value })),
    ),
    notes: {},
    ...rest,
  };
}

export function makeDraft(overrides: Partial<AssessmentDraft> = {}): AssessmentDraft {
  return {
    questionnaireId: 'compassionate-leadership',
    questionnaireVersion: 1,
    startedAt: '2026-11-02T08:00:00.000Z',
    updatedAt: '2026-11-02T08:03:00.000Z',
    stepIndex: 1,
    answers: { 'attending-0': 3 },
    ...overrides,
  };
}
