/**
 * Taking results elsewhere, as a leader meets it: the card on the results
 * and history screens, the CSV it downloads (read back from the Blob handed
 * to URL.createObjectURL), and the printable report, which lists every
 * result and shows written answers only when asked.
 */
import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Questionnaire } from '../../content/questionnaire-schema.ts';
import { buildResponse, newDraft } from '../../domain/questionnaire/build-response.ts';
import type { DraftAnswer } from '../../domain/questionnaire/response.ts';
import { useSession } from '../../state/session-store.ts';
import { saveCompletedResponse } from '../../storage/repositories/responses-repo.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { readQuestionnaire } from '../../testing/self-assessment.ts';

const selfAssessment = readQuestionnaire('compassionate-leadership');
const keyQuestions = readQuestionnaire('clinical-key-questions');
const WRITTEN = 'Ask the ward sister about the rota';

/** Saves a result: every scale item keyed 4 of 5 (a score of 75, "Often"), every text item `text`, the first challenge prompt answered. */
async function save(questionnaire: Questionnaire, id: string, completedAt: string, text = WRITTEN) {
  const answers: Record<string, DraftAnswer> = {};
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      if (item.type === 'scale') answers[item.id] = item.reverse ? 2 : 4;
      if (item.type === 'text') answers[item.id] = text;
      if (item.type === 'choice') answers[item.id] = item.options[0]!.id;
    }
  }
  const at = new Date(completedAt);
  const notes = { [questionnaire.sections[0]!.id]: `Note: ${text}` };
  const draft = { ...newDraft(questionnaire, at), answers, notes };
  await saveCompletedResponse(useSession.getState().connection!, buildResponse(questionnaire, draft, id, at));
}

/** Catches the CSV handed to the browser: its Blob and the file name of the link clicked. */
function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:scores';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Opens the profile (through the app, then leaves it) and saves two self-assessments and the key questions. */
async function seed() {
  const { unmount } = renderApp('/reflections');
  await screen.findByRole('heading', { level: 1 });
  await waitFor(() => expect(useSession.getState().connection).toBeTruthy());
  await save(selfAssessment, 'sa-1', '2026-03-02T09:30:00.000Z');
  await save(selfAssessment, 'sa-2', '2026-06-01T09:30:00.000Z');
  await save(keyQuestions, 'kq-1', '2026-05-01T09:30:00.000Z');
  unmount();
}

describe('Take your results elsewhere', () => {
  it('downloads every result’s scores as a CSV with a BOM, and none of the written answers', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00'));
    await seed();
    const downloads = catchDownloads();
    const { user } = renderApp('/history/compassionate-leadership');
    const card = await screen.findByRole('region', { name: 'Take your results elsewhere' });
    expect(within(card).getByText(/scores only, never your written answers/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Download scores (CSV)' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    expect(downloads.names).toEqual(['attune-scores-2026-11-24.csv']);
    expect(downloads.blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // The file's first bytes are the UTF-8 byte order mark (Blob.text() would strip it).
    const bytes = new Uint8Array(await downloads.blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    // A header, then two self-assessments × (four elements + overall); the key questions have no scores.
    expect(lines).toHaveLength(1 + 2 * 5);
    expect(lines[1]).toMatch(/^2026-03-02 \d\d:30,compassionate-leadership,Compassionate leadership self-assessment,2,Attending,Attending,75,Often,/);
    expect(lines.at(-1)).toMatch(/^2026-06-01 \d\d:30,compassionate-leadership,Compassionate leadership self-assessment,2,Overall,,75,/);
    expect(text).not.toContain(WRITTEN);
    expect(within(card).getByRole('status')).toHaveTextContent('Downloaded attune-scores-2026-11-24.csv with the scores of 3 results.');
  });

  it('is on a result’s page too, with a link to the printable report', async () => {
    await seed();
    const { user } = renderApp('/results/sa-1');
    const card = await screen.findByRole('region', { name: 'Take your results elsewhere' });
    await user.click(within(card).getByRole('link', { name: 'Print a report of all results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Results report' })).toBeInTheDocument();
  });
});

describe('the results report', () => {
  it('lists every result, newest first by questionnaire, and hides written answers until asked', async () => {
    await seed();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp('/report');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results report' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Results report — Attune'));
    const groups = await screen.findAllByRole('heading', { level: 2 });
    expect(groups.map((h) => h.textContent)).toEqual([`${selfAssessment.title} (2 results)`, `${keyQuestions.title} (1 result)`]);
    const assessments = screen.getByRole('region', { name: `${selfAssessment.title} (2 results)` });
    const table = within(assessments).getByRole('table', { name: `${selfAssessment.title}, 2026: scores (0 to 100), with bands` });
    const [header, ...rows] = within(table).getAllByRole('row');
    expect(within(header!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Date',
      'Version',
      ...selfAssessment.sections.filter((s) => s.scoring !== 'none').map((s) => s.title),
      'Overall',
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['1 June 2026', '2 March 2026']);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '75 Often', '75 Often', '75 Often', '75 Often', '75']);

    expect(screen.queryByText(WRITTEN)).not.toBeInTheDocument();
    expect(screen.queryByText(`Note: ${WRITTEN}`)).not.toBeInTheDocument();
    const include = screen.getByRole('checkbox', { name: 'Include my written answers' });
    expect(include).not.toBeChecked();
    await user.click(include);
    const keyResults = screen.getByRole('region', { name: `${keyQuestions.title} (1 result)` });
    expect(within(keyResults).getByRole('table', { name: `${keyQuestions.title}, 2026: written reflections, with no scores` })).toBeInTheDocument();
    expect(within(keyResults).getAllByText(WRITTEN).length).toBeGreaterThan(0);
    const written = within(assessments).getAllByRole('row').filter((r) => r.textContent?.startsWith('What you wrote'));
    expect(written.map((r) => within(r).getByText(/^What you wrote/).textContent)).toEqual(['What you wrote on 1 June 2026', 'What you wrote on 2 March 2026']);
    expect(within(written[0]!).getByText(`Note: ${WRITTEN}`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('says so kindly when there are no results yet', async () => {
    renderApp('/report');
    expect(await screen.findByText(/No results yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a reflection' })).toHaveAttribute('href', '/reflections');
  });

  it('has no axe violations (colour contrast is checked in the browser)', async () => {
    await seed();
    const { user, container } = renderApp('/report');
    await screen.findAllByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Include my written answers' }));
    const found = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
