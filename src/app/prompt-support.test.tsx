/**
 * A journal prompt marked `support` (it may bring back something
 * distressing) has the support routes folded beside it wherever it is shown
 * to write against: Today's prompt, the journal editor and the weekly
 * reflection's journal part. A prompt without the mark has none. Which
 * prompts are marked is set per test over the real prompts.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PromptsModule from '../content/journal-prompts.ts';
import { WeeklyJournalStep } from '../features/journal/weekly-journal-step.tsx';
import { useSession } from '../state/session-store.ts';
import { renderApp } from '../testing/render-app.tsx';

const marked = vi.hoisted(() => ({ ids: 'all' as 'all' | ReadonlySet<string> }));

vi.mock('../content/journal-prompts.ts', async (importOriginal) => {
  const real = await importOriginal<typeof PromptsModule>();
  return {
    ...real,
    loadJournalPrompts: async () =>
      (await real.loadJournalPrompts()).map((p) => ({ ...p, support: marked.ids === 'all' || marked.ids.has(p.id) })),
  };
});

const SUMMARY = 'Support if this brings up something hard';

beforeEach(() => {
  marked.ids = 'all';
});

describe('support beside a prompt', () => {
  it('is folded under Today’s prompt when it is marked, and opens to the routes', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Today’s prompt' });
    const summary = await within(card).findByText(SUMMARY);
    expect(within(card).getByText('Occupational health')).not.toBeVisible();
    await user.click(summary);
    expect(within(card).getByText('Occupational health')).toBeVisible();
  });

  it('is not under Today’s prompt when it is not marked', async () => {
    marked.ids = new Set();
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Today’s prompt' });
    await within(card).findByRole('link', { name: 'Write about this in your journal' });
    expect(within(card).queryByText(SUMMARY)).not.toBeInTheDocument();
  });

  it('is in the journal editor while writing to a marked prompt, and goes when another prompt is chosen', async () => {
    const real = await (await vi.importActual<typeof PromptsModule>('../content/journal-prompts.ts')).loadJournalPrompts();
    const [markedPrompt, other] = real;
    marked.ids = new Set([markedPrompt!.id]);
    const { user } = renderApp(`/journal/new?prompt=${markedPrompt!.id}`);
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Prompt (optional)' }), other!.text);
    expect(screen.queryByText(SUMMARY)).not.toBeInTheDocument();
  });

  it('is in the weekly reflection’s journal part when the prompt of the day is marked', async () => {
    await useSession.getState().start();
    render(
      <MemoryRouter>
        <WeeklyJournalStep entryId={null} onDone={() => undefined} />
      </MemoryRouter>,
    );
    await screen.findByRole('textbox', { name: 'Your entry' });
    expect(await screen.findByText(SUMMARY)).toBeInTheDocument();
  });
});
