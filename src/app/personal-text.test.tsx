/**
 * What a person writes is theirs: no field that takes personal text (a
 * journal entry, its tags, a search, a practice's name or note, a written
 * answer in the self-assessment) may offer it
 * to the browser's autofill, which would keep it and suggest it elsewhere.
 * Walks the screens with such fields and checks every one.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app.tsx';

const TEXT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url']);

/** Every text-like field on the page (passwords have their own, deliberate, autocomplete). */
function personalFields(): Array<{ name: string; autocomplete: string | null }> {
  const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter(
    (el) => el instanceof HTMLTextAreaElement || TEXT_TYPES.has(el.getAttribute('type') ?? ''),
  );
  return fields.map((el) => ({ name: el.labels?.[0]?.textContent ?? el.id, autocomplete: el.getAttribute('autocomplete') }));
}

function expectAllOff(expectedNames: string[]) {
  const fields = personalFields();
  expect(fields.length).toBeGreaterThan(0);
  expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(expectedNames));
  expect(fields.filter((f) => f.autocomplete !== 'off')).toEqual([]);
}

describe('personal text is kept out of autofill', () => {
  it('in the journal list (search)', async () => {
    renderApp('/journal');
    await screen.findByRole('searchbox');
    expectAllOff(['Search your journal']);
  });

  it('in a journal entry (the entry and its tags)', async () => {
    renderApp('/journal/new');
    await screen.findByRole('textbox', { name: 'Your entry' });
    expectAllOff(['Your entry', 'Tags']);
  });

  it('in the practice log (what was practised, and the note)', async () => {
    const { user } = renderApp('/practice');
    const form = await screen.findByRole('form', { name: 'Log a practice done without the timer' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Practice' }), 'Something else');
    await within(form).findByRole('textbox', { name: /What did you practise/ });
    expectAllOff(['What did you practise?', 'Note']);
  });

  it('in the self-assessment (written answers)', async () => {
    renderApp('/assess/compassionate-leadership');
    await screen.findAllByRole('radiogroup');
    expect(document.querySelectorAll('textarea').length).toBeGreaterThan(0);
    expectAllOff([]);
  });
});
