/**
 * A coach's notes beside the leader's own result, through the real storage:
 * notes kept from a notes file for this profile's link id appear with the
 * result they are about, and a general note does not.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CoachNotesBody } from '../../domain/coaching/coaching-types.ts';
import type { OpenedFile } from '../../domain/files/file-types.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { keepCoachNotes } from '../../storage/sharing/coach-comments.ts';
import { coachLinkId } from '../../storage/sharing/share-settings.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { scaleItems, selfAssessment } from '../../testing/self-assessment.ts';

describe('notes kept from a coach', () => {
  it('show beside the result they are about, labelled with the coach’s name and date', async () => {
    await useSession.getState().start();
    const connection = useSession.getState().connection!;
    const answers: Record<string, number> = {};
    selfAssessment.sections.forEach((_s, index) => {
      for (const item of scaleItems(selfAssessment, index)) answers[item.id] = 3;
    });
    const completedAt = new Date('2026-11-10T10:00:00.000Z');
    await saveCompletedResponse(connection, buildResponse(selfAssessment, { ...newDraft(selfAssessment, completedAt), answers }, 'r1', completedAt));
    const file: OpenedFile<CoachNotesBody> = {
      header: { format: 'attune-file', formatVersion: 1, kind: 'coach-notes', appVersion: '0.1.0', schemaVersion: 5, exportedAt: '2026-12-03T10:00:00.000Z', contentVersions: {} },
      encrypted: false,
      body: {
        linkId: await coachLinkId(connection),
        coachName: 'Alex Morgan',
        notes: [
          { id: 'n1', responseId: 'r1', text: 'Steady across the board: what keeps it so?', createdAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z' },
          { id: 'n2', responseId: null, text: 'A general note.', createdAt: '2026-12-02T10:00:00.000Z', updatedAt: '2026-12-02T10:00:00.000Z' },
        ],
      },
    };
    expect(await keepCoachNotes(connection, file)).toBe(2);

    renderApp('/results/r1');
    const notes = await screen.findByRole('region', { name: "Your coach's notes" });
    expect(within(notes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Steady across the board: what keeps it so?From Alex Morgan, 2 December 2026',
    ]);
  });
});
