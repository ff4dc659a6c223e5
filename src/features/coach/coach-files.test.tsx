/**
 * The coach's screens with nothing stood in for: real share and backup files
 * (tests/fixtures/files) read by the app's own reader, a coachee added to the
 * coach space's own database, a private note, and a notes file made of it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/files');
const fixture = (name: string) => new File([readFileSync(join(FIXTURES, name), 'utf8')], name, { type: 'application/json' });

let downloads: string[];

beforeEach(() => {
  downloads = [];
  URL.createObjectURL = vi.fn(() => 'blob:attune/1') as unknown as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

async function openCoachSpace() {
  const rendered = renderApp('/coach');
  await rendered.user.click(await screen.findByRole('button', { name: 'Use this profile for coaching' }, { timeout: 10_000 }));
  await screen.findByText('No coachees yet. Open a share file from a leader to add one.', {}, { timeout: 10_000 });
  return rendered;
}

describe('real files in the coach space', () => {
  it('explains that a backup is not a share, and adds nothing', async () => {
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), fixture('backup-v1.json'));
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('This is a backup of a whole profile, not a share.');
    expect(screen.getByText('No coachees yet. Open a share file from a leader to add one.')).toBeInTheDocument();
  }, 30_000);

  it('takes a share in, keeps a note on the coachee and sends it back as a notes file', async () => {
    const { user } = await openCoachSpace();
    await user.upload(screen.getByLabelText('Share file'), fixture('share-v1.json'));
    await user.click(screen.getByRole('button', { name: 'Open share' }));
    const name = await screen.findByRole('textbox', { name: 'Name for this coachee' }, { timeout: 10_000 });
    expect(name).toHaveValue('Sam on the ward');
    await user.click(screen.getByRole('button', { name: 'Add coachee' }));
    expect(await screen.findByText('Added Sam on the ward', {}, { timeout: 10_000 })).toBeInTheDocument();

    await user.click(within(await screen.findByRole('list', { name: 'Coachees' }, { timeout: 10_000 })).getByRole('link', { name: 'Sam on the ward' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam on the ward' }, { timeout: 10_000 })).toBeInTheDocument();
    const notes = screen.getByRole('region', { name: 'Private notes' });
    await user.type(await within(notes).findByRole('textbox', { name: 'New note' }, { timeout: 10_000 }), 'Steadier this month; ask about the rota.');
    await user.click(within(notes).getByRole('button', { name: 'Save note' }));
    expect(await within(notes).findByRole('list', { name: 'Private notes' }, { timeout: 10_000 })).toHaveTextContent('Steadier this month; ask about the rota.');

    const send = screen.getByRole('form', { name: 'Send notes back' });
    await user.click(within(send).getByRole('checkbox', { name: /^Steadier this month/ }));
    await user.click(within(send).getByRole('checkbox', { name: 'Protect with a passphrase' }));
    await user.click(within(send).getByRole('button', { name: 'Make the notes file' }));
    expect(await within(send).findByText(/^Notes file ready: attune-coach-notes-for-/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(downloads).toEqual([expect.stringMatching(/^attune-coach-notes-for-.+\.json$/)]);
  }, 60_000);
});
