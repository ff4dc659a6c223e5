/**
 * Every group on a questionnaire page is announced with a name: a screen
 * reader says which question or behaviour a set of choices belongs to, and
 * never "group" alone.
 */
import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const IDS = ['compassionate-leadership', 'leadership-presence', 'weekly-pulse', 'inclusive-leadership', 'clinical-key-questions', 'self-compassion'];

describe('questionnaire pages', () => {
  it('name every group and radio group, on the first step of every questionnaire', async () => {
    let seen = 0;
    for (const id of IDS) {
      const questionnaire = readQuestionnaire(id);
      renderApp(`/assess/${id}`);
      await screen.findByRole('heading', { level: 2, name: new RegExp(`Step 1 of ${questionnaire.sections.length}:`) });
      const groups = [...screen.queryAllByRole('group'), ...screen.queryAllByRole('radiogroup')];
      for (const group of groups) expect(group, id).toHaveAccessibleName();
      seen += groups.length;
      cleanup();
    }
    expect(seen).toBeGreaterThan(IDS.length);
  });
});
