/**
 * The coach's flow on the real coach-space storage (only the file reading is
 * stood in for, which the file worker does in a browser): a share taken in as
 * a new coachee, listed, opened for review with their journal entry, a newer
 * share of someone else refused on their page, and removal.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { ALEX_LINK, openedShare, shareBody } from './testing/coach-fixtures.ts';

const files = vi.hoisted(() => ({ openAttuneFile: vi.fn() }));
vi.mock('../../storage/files/open-file.ts', () => ({ openAttuneFile: files.openAttuneFile }));

afterEach(() => {
  files.openAttuneFile.mockReset();
});

const aFile = () => new File(['{}'], 'share.json', { type: 'application/json' });

describe('a coach taking in a share and reviewing it', () => {
  it('adds the coachee, lists them, shows what they shared, refuses another leader’s share on their page, and removes them', async () => {
    files.openAttuneFile.mockResolvedValue({ ok: true, file: openedShare() });
    const { user } = renderApp('/coach');
    await user.click(await screen.findByRole('button', { name: 'Use this profile for coaching' }));
    await user.upload(await screen.findByLabelText('Share file'), aFile());
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    const name = await screen.findByRole('textbox', { name: 'Name for this coachee' });
    await user.clear(name);
    await user.type(name, 'Sam');
    await user.click(screen.getByRole('button', { name: 'Add coachee' }));
    expect(await screen.findByText('Added Sam', {}, { timeout: 10_000 })).toBeInTheDocument();

    const list = await screen.findByRole('list', { name: 'Coachees' });
    await user.click(within(list).getByRole('link', { name: 'Sam' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Journal entries shared' })).toHaveTextContent('The handover went better once I slowed down.');

    files.openAttuneFile.mockResolvedValue({ ok: true, file: openedShare(shareBody({ linkId: ALEX_LINK, shareId: 'share-9' })) });
    const newer = screen.getByRole('region', { name: 'Newer share' });
    await user.upload(within(newer).getByLabelText('Newer share file'), aFile());
    await user.click(within(newer).getByRole('button', { name: 'Open newer share' }));
    expect(await within(newer).findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sam' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Sam' }));
    await user.click(screen.getByRole('button', { name: 'Remove Sam and what they shared' }));
    expect(await screen.findByText('No coachees yet. Open a share file from a leader to add one.', {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 60_000);
});
