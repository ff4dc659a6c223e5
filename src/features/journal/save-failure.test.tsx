/** A full disk while writing in the journal: the leader is told, and "Done" keeps the words on screen instead of leaving. */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as JournalRepo from '../../storage/repositories/journal-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';

vi.mock('../../storage/repositories/journal-repo.ts', async (importOriginal) => {
  const original = await importOriginal<typeof JournalRepo>();
  const { guard } = await import('../../storage/errors.ts');
  return {
    ...original,
    saveJournalEntry: () => guard(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))),
  };
});

describe('when the device is out of space', () => {
  it('says so, and Done stays on the entry with the words still there', async () => {
    const { user } = renderApp('/journal/new');
    const box = await screen.findByRole('textbox', { name: 'Your entry' });
    await user.type(box, 'Words that could not be saved');
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of storage space/);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('textbox', { name: 'Your entry' })).toHaveValue('Words that could not be saved');
    expect(screen.queryByRole('heading', { level: 1, name: 'Journal' })).not.toBeInTheDocument();
  });
});
