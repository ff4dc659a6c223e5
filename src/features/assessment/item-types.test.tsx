/**
 * Every item type on the one engine, as a user meets it: scale and paired
 * items as labelled radio groups (two per paired behaviour), choices as a
 * radio group, free text and the challenge prompt as labelled text boxes,
 * each saved to the draft as it changes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PairedItem } from '../../content/questionnaire-schema.ts';
import { useSession } from '../../state/session-store.ts';
import { getDraft } from '../../storage/repositories/drafts-repo.ts';
import { listResponses } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const presence = readQuestionnaire('leadership-presence');
const pulse = readQuestionnaire('weekly-pulse');
const inclusive = readQuestionnaire('inclusive-leadership');
const clinical = readQuestionnaire('clinical-key-questions');

function connection() {
  return useSession.getState().connection!;
}

describe('paired ratings', () => {
  it('rate each behaviour twice, in two radio groups named by side and behaviour, inside a group named by the behaviour', async () => {
    renderApp('/assess/leadership-presence');
    const section = presence.sections[0]!;
    await screen.findByRole('heading', { level: 2, name: `Step 1 of ${presence.sections.length}: ${section.title}` });
    const scale = presence.pairedScale!;
    for (const item of section.items as PairedItem[]) {
      const behaviour = screen.getByRole('group', { name: item.text });
      const groups = within(behaviour).getAllByRole('radiogroup');
      expect(groups).toHaveLength(2);
      expect(groups[0]).toHaveAccessibleName(`${scale.aimLabel} ${item.text}`);
      expect(groups[1]).toHaveAccessibleName(`${scale.actualLabel} ${item.text}`);
      expect(within(groups[0]!).getAllByRole('radio')).toHaveLength(scale.options.length);
    }
    expect(screen.getAllByRole('radiogroup')).toHaveLength(section.items.length * 2);
  });

  it('save both sides to the draft as they are chosen', async () => {
    const { user } = renderApp('/assess/leadership-presence');
    const item = presence.sections[0]!.items[0]!;
    const scale = presence.pairedScale!;
    await screen.findByRole('group', { name: item.text });
    await user.click(within(screen.getByRole('radiogroup', { name: `${scale.aimLabel} ${item.text}` })).getByRole('radio', { name: scale.options[4]!.label }));
    await user.click(within(screen.getByRole('radiogroup', { name: `${scale.actualLabel} ${item.text}` })).getByRole('radio', { name: scale.options[1]!.label }));
    await waitFor(async () =>
      expect((await getDraft(connection(), 'leadership-presence'))?.answers).toEqual({ [item.id]: { aim: scale.options[4]!.value, actual: scale.options[1]!.value } }),
    );
  });
});

describe('scale items in the weekly pulse', () => {
  it('are one labelled radio group each, with the week’s scale', async () => {
    renderApp('/assess/weekly-pulse');
    const section = pulse.sections[0]!;
    await screen.findByRole('heading', { level: 2, name: new RegExp(section.title) });
    for (const item of section.items) {
      const group = screen.getByRole('radiogroup', { name: item.text });
      const labels = [...pulse.scale!.options.map((o) => o.label), ...(pulse.scale!.notApplicable ? [pulse.scale!.notApplicable] : [])];
      expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(labels);
    }
    expect(screen.getByText(pulse.scale!.question)).toBeInTheDocument();
  });
});

describe('the challenge prompt after a self-rated section', () => {
  it('is an optional, labelled text box whose answer is saved with the draft and kept in the result', async () => {
    const section = pulse.sections[0]!;
    const { user } = renderApp('/assess/weekly-pulse');
    const box = await screen.findByRole('textbox', { name: section.challengePrompt });
    expect(box).toHaveAccessibleDescription(/Optional\. People tend to rate themselves more generously/);
    await user.type(box, 'They would say I rushed');
    await waitFor(async () => expect((await getDraft(connection(), 'weekly-pulse'))?.notes).toEqual({ [section.id]: 'They would say I rushed' }));
  });
});

describe('choices and free text in the inclusive leadership reflection', () => {
  it('shows free text as a labelled box with its hint, and a choice as a radio group', async () => {
    const { user } = renderApp('/assess/inclusive-leadership');
    const first = inclusive.sections[0]!;
    const text = first.items.find((i) => i.type === 'text')!;
    const box = await screen.findByRole('textbox', { name: text.text });
    await user.type(box, 'Panels{Enter}are all the same people');
    await waitFor(async () => expect((await getDraft(connection(), 'inclusive-leadership'))?.answers[text.id]).toBe('Panels\nare all the same people'));

    // Jump to the last step, which holds the choice.
    for (let step = 1; step < inclusive.sections.length; step++) {
      await user.click(screen.getByRole('button', { name: `Next: ${inclusive.sections[step]!.title}` }));
      await screen.findByRole('heading', { level: 2, name: new RegExp(inclusive.sections[step]!.title) });
    }
    const choice = inclusive.sections.at(-1)!.items.find((i) => i.type === 'choice')!;
    if (choice.type !== 'choice') throw new Error('expected a choice item');
    const group = screen.getByRole('radiogroup', { name: choice.text });
    expect(within(group).getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual(choice.options.map((o) => o.label));
    await user.click(within(group).getByRole('radio', { name: choice.options[1]!.label }));
    await waitFor(async () => expect((await getDraft(connection(), 'inclusive-leadership'))?.answers[choice.id]).toBe(choice.options[1]!.id));
  });
});

describe('the clinical leadership key questions', () => {
  it('are free-text reflections that are saved and can be read again, as plain text', async () => {
    const { user } = renderApp('/assess/clinical-key-questions');
    const question = clinical.sections[0]!.items[0]!;
    const hostile = '<img src=x onerror="window.__xss=1">Line one';
    await user.type(await screen.findByRole('textbox', { name: question.text }), `${hostile}{Enter}Line two`);
    for (let step = 1; step < clinical.sections.length; step++) {
      await user.click(screen.getByRole('button', { name: `Next: ${clinical.sections[step]!.title}` }));
    }
    await user.click(await screen.findByRole('button', { name: 'See my results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your result' })).toBeInTheDocument();

    const written = screen.getByRole('region', { name: clinical.sections[0]!.title });
    const answer = within(written).getByText(/Line one/);
    expect(answer.textContent).toBe(`${hostile}\nLine two`);
    expect(answer.querySelector('img')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    expect(screen.queryByRole('table', { name: /Scores/ })).not.toBeInTheDocument();

    const [saved] = (await listResponses(connection())).items;
    expect(saved).toMatchObject({ questionnaireId: 'clinical-key-questions', questionnaireVersion: clinical.version });
    expect(saved!.items.find((i) => i.itemId === question.id)).toEqual({
      kind: 'text',
      itemId: question.id,
      sectionId: clinical.sections[0]!.id,
      value: `${hostile}\nLine two`,
    });
  });
});
