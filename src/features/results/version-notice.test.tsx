/** The notice on an older version's result speaks of scores only where the result has them. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { VersionNotes } from '../../content/questionnaires.ts';
import { VersionNotice } from './version-notice.tsx';

const notes: VersionNotes = { currentVersion: 2, changes: [{ version: 2, summary: 'Each theme now asks what you can influence.', scoresComparable: false }] };

describe('the notice on a result of an earlier version', () => {
  it('says a scored result keeps its scores, bands and feedback', () => {
    render(<VersionNotice answeredWith={1} notes={notes} />);
    expect(screen.getByText(/keeps its scores as they were worked out then, with the bands and feedback of version 1/)).toBeInTheDocument();
  });

  it('says a written reflection keeps its answers, and does not speak of scores', () => {
    render(<VersionNotice answeredWith={1} notes={notes} scored={false} />);
    expect(screen.getByText('This result keeps your answers as you gave them, with the questions as they were worded in version 1.')).toBeInTheDocument();
    expect(screen.queryByText(/scores/)).not.toBeInTheDocument();
  });
});
