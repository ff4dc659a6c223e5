/** A full disk while answering: the user is told in plain words, and nothing already saved changes. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { selfAssessment } from '../../testing/self-assessment.ts';
import type * as DraftsRepo from '../../storage/repositories/drafts-repo.ts';

vi.mock('../../storage/repositories/drafts-repo.ts', async (importOriginal) => {
  const original = await importOriginal<typeof DraftsRepo>();
  const { guard } = await import('../../storage/errors.ts');
  return {
    ...original,
    saveDraft: () => guard(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))),
  };
});

describe('when the device is out of space', () => {
  it('says so clearly while answering', async () => {
    const { user } = renderApp('/assess/compassionate-leadership');
    const item = selfAssessment.sections[0]!.items[0]!;
    const group = await screen.findByRole('radiogroup', { name: item.text });
    await user.click(within(group).getByRole('radio', { name: 'Often' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of storage space, so the last change was not saved/);
  });
});
