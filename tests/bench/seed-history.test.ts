/**
 * The seeded decade has what the Progress screen needs: two versions of the
 * self-assessment and the pulse either side of the middle, presence checks
 * with aims and actual ratings, a real trend under the noise, weeks not
 * reflected and weeks reflected late; and it is the same on every build.
 */
import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../src/domain/elements/element-ids.ts';
import { buildProgressView } from '../../src/domain/progress/progress-view.ts';
import type { AssessmentResponse } from '../../src/domain/questionnaire/response.ts';
import { scoresComparableBetween } from '../../src/domain/questionnaire/version-boundaries.ts';
import { scoreResponse } from '../../src/domain/scoring/score-response.ts';
import { addDays, daysFrom, GRACE_DAYS, localDate, weekOf } from '../../src/domain/weekly/weeks.ts';
import { progressContext, progressRecords } from './progress-records.ts';
import type { History } from './seed-history.ts';
import { buildHistory, DECADE, DECADE_WITHOUT_JOURNAL, PRESENCE_ID, PULSE_ID, QUESTIONNAIRE_ID, readHistoryContent } from './seed-history.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const content = readHistoryContent();
const history = buildHistory(content, NOW);
const records = progressRecords(history);
const byQuestionnaire = (id: string) => records.responses.filter((r) => r.questionnaireId === id).sort((a, b) => a.completedAt.localeCompare(b.completedAt));
const middle = new Date(NOW.getTime() - 5 * 365.25 * 86_400_000).toISOString();

function sectionScore(response: AssessmentResponse, element: ElementId): { score: number | null; aim: number | null; actual: number | null } {
  const section = scoreResponse(response).sections.find((s) => s.elementId === element)!;
  return { score: section.score, aim: section.aim, actual: section.actual };
}

const mean = (values: readonly number[]) => values.reduce((n, v) => n + v, 0) / values.length;

describe('the seeded decade for Progress', () => {
  it('holds 40 self-assessments, 520 pulses and 40 presence checks, every one complete', () => {
    expect(byQuestionnaire(QUESTIONNAIRE_ID)).toHaveLength(DECADE.assessments);
    expect(byQuestionnaire(PULSE_ID)).toHaveLength(DECADE.pulses);
    expect(byQuestionnaire(PRESENCE_ID)).toHaveLength(DECADE.presence);
    for (const response of records.responses) {
      const score = scoreResponse(response);
      expect(score.sections.filter((s) => s.scoring !== 'none').every((s) => s.complete), response.id).toBe(true);
    }
  });

  it('answers version 1 of the self-assessment and the pulse before the middle of the decade and version 2 after, across a change not comparable', () => {
    const context = progressContext(NOW, 'Europe/London');
    for (const id of [QUESTIONNAIRE_ID, PULSE_ID]) {
      const responses = byQuestionnaire(id);
      expect(responses.filter((r) => r.completedAt < middle).every((r) => r.questionnaireVersion === 1), id).toBe(true);
      expect(responses.filter((r) => r.completedAt >= middle).every((r) => r.questionnaireVersion === 2), id).toBe(true);
      expect(responses.filter((r) => r.questionnaireVersion === 1).length, id).toBeGreaterThan(responses.length / 3);
      expect(responses.filter((r) => r.questionnaireVersion === 2).length, id).toBeGreaterThan(responses.length / 3);
      expect(scoresComparableBetween(context.versionNotes[id]!, 1, 2), id).toBe(false);
    }
    expect(byQuestionnaire(PRESENCE_ID).every((r) => r.questionnaireVersion === content.presence.version)).toBe(true);
  });

  it('gives the presence checks an aim and an actual rating for every pair', () => {
    for (const response of byQuestionnaire(PRESENCE_ID)) {
      const pairs = response.items.filter((item) => item.kind === 'paired');
      expect(pairs.length).toBe(12);
      expect(pairs.every((p) => p.aim !== null && p.actual !== null && p.actual <= p.aim)).toBe(true);
    }
  });

  it('lets understanding rise in the last year by more than its week-to-week movement, and helping’s gap narrow', () => {
    const pulses = byQuestionnaire(PULSE_ID).map((r) => ({ date: r.completedAt, score: sectionScore(r, 'understanding').score! }));
    const yearAgo = new Date(NOW.getTime() - 365 * 86_400_000).toISOString();
    const lastYear = pulses.filter((p) => p.date >= yearAgo).map((p) => p.score);
    const movement = mean(lastYear.slice(1).map((v, i) => Math.abs(v - lastYear[i]!)));
    const firstQuarter = mean(lastYear.slice(0, 13));
    const lastQuarter = mean(lastYear.slice(-13));
    expect(lastQuarter - firstQuarter).toBeGreaterThan(movement);

    const gaps = byQuestionnaire(PRESENCE_ID).map((r) => sectionScore(r, 'helping').score!);
    expect(mean(gaps.slice(0, 20))).toBeGreaterThan(mean(gaps.slice(-4)) + 5);
  });

  it('leaves ten weeks unreflected and marks late reflections, each done within the grace days after its week', () => {
    const weekly = history.weeklyReflections.map((row) => row.payload.data);
    expect(weekly).toHaveLength(DECADE.pulses);
    const weeks = weekly.map((w) => w.weekOf);
    const first = weeks[0]!;
    const last = weeks.at(-1)!;
    expect(daysFrom(first, last) / 7 + 1 - weeks.length).toBe(10);
    expect(last).toBe(addDays(weekOf(localDate(NOW, 'UTC')), -7));
    const late = weekly.filter((w) => w.late);
    expect(late.length).toBeGreaterThan(50);
    for (const reflection of late) {
      const done = daysFrom(reflection.weekOf, localDate(new Date(reflection.completedAt!), 'Europe/London'));
      expect(done).toBeGreaterThanOrEqual(7);
      expect(done).toBeLessThan(7 + GRACE_DAYS);
    }
    expect(weekly.filter((w) => !w.late).every((w) => daysFrom(w.weekOf, w.completedAt!.slice(0, 10)) < 7)).toBe(true);
  });

  it('is the same on every build, and the records for Progress are the rows as written', () => {
    const again: History = buildHistory(readHistoryContent(), NOW);
    expect(again).toEqual(history);
    expect(records.responses.map((r) => r.id)).toEqual(history.responses.map((row) => row.id));
    expect(records.responses[0]).toEqual({ id: history.responses[0]!.id, ...history.responses[0]!.payload.data });
    expect(records.practice).toHaveLength(DECADE.practice);
    expect(records.weekly).toHaveLength(DECADE.pulses);
  });

  it('gives the dashboard a boundary not comparable, statements of change after it, and enough for every chart', () => {
    const context = progressContext(NOW, 'Europe/London');
    const all = buildProgressView(records, context, 'all');
    expect(all.trend.boundaries.map((b) => [b.questionnaireId, b.scoresComparable]).sort()).toEqual([
      [QUESTIONNAIRE_ID, false],
      [PULSE_ID, false],
    ]);
    expect(all.changes.filter((c) => c.basis === 'pulse' && c.since >= all.trend.boundaries[0]!.date).length).toBeGreaterThan(0);
    const year = buildProgressView(records, context, 'year');
    expect([year.trend, year.radar, year.gaps, year.practice].every((part) => part.enough.enough)).toBe(true);
    expect(year.changes.some((c) => c.subject.kind === 'score' && c.direction === 'rose')).toBe(true);
    // Four presence checks a year are too few to state a change in a year; over the decade helping's gap narrows.
    expect(all.changes.some((c) => c.subject.kind === 'gap' && c.direction === 'narrowed')).toBe(true);
    expect(year.weeks.late).toBeGreaterThan(0);
  });

  it('seeds the same Progress records without the journal', () => {
    const small = buildHistory(content, NOW, DECADE_WITHOUT_JOURNAL);
    expect(small.journal).toEqual([]);
    const results = (h: History) => progressRecords(h).responses.map((r) => [r.questionnaireId, r.questionnaireVersion, r.completedAt.slice(0, 10)]);
    expect(results(small).sort()).toEqual(results(history).sort());
  });
});
