/**
 * The CSV of scores, checked by hand: BOM, CRLF, RFC 4180 quoting, formula
 * neutralising of text but never of the app's own numbers, skipped items,
 * a decade's row count and the time zone of the date column.
 */
import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../elements/element-ids.ts';
import { decade } from '../progress/testing/decade.ts';
import { assessment, presence, pulse } from '../progress/testing/progress-factory.ts';
import type { LabelsOf, VersionLabels } from './score-rows.ts';
import { BOM, neutralise, scoresCsv } from './scores-csv.ts';

const bands = [
  { min: 0, max: 49, label: 'Sometimes' },
  { min: 50, max: 100, label: 'Often' },
];

const assessmentLabels: VersionLabels = {
  title: 'Compassionate leadership self-assessment',
  sections: ELEMENT_IDS.map((id) => ({ id, title: `${id[0]!.toUpperCase()}${id.slice(1)} section`, bands })),
};

const labelsFor =
  (labels: VersionLabels | undefined): LabelsOf =>
  () =>
    labels;

const UTC = { timeZone: 'UTC' };

/** The CSV's lines without the BOM and the final empty line. */
function linesOf(csv: string): string[] {
  const lines = csv.slice(BOM.length).split('\r\n');
  expect(lines.pop()).toBe('');
  return lines;
}

describe('scoresCsv', () => {
  it('starts with the BOM, ends every line with CRLF and writes a header then one row per section and the overall', () => {
    const csv = scoresCsv([assessment('2026-03-14T09:30:00.000Z', 60)], labelsFor(assessmentLabels), UTC);
    expect(csv.startsWith('\uFEFFCompleted (UTC time),Questionnaire id,')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = linesOf(csv);
    expect(lines).toHaveLength(1 + 4 + 1);
    expect(lines[1]).toBe('2026-03-14 09:30,compassionate-leadership,Compassionate leadership self-assessment,1,Attending section,Attending,60,Often,,,,4,4,');
    expect(lines[5]).toBe('2026-03-14 09:30,compassionate-leadership,Compassionate leadership self-assessment,1,Overall,,60,,,,,,,');
  });

  it('quotes cells holding commas, double quotes, CR or LF (RFC 4180)', () => {
    const labels: VersionLabels = {
      title: 'Leading, "well"\r\nand kindly',
      sections: ELEMENT_IDS.map((id) => ({ id, title: id === 'attending' ? 'Line\nbreak' : id, bands })),
    };
    const lines = scoresCsv([assessment('2026-03-14T09:30:00.000Z', 60)], labelsFor(labels), UTC).slice(BOM.length).split('\r\n');
    // The CRLF inside the quoted title is part of the cell, so the first data row spans two "lines".
    expect(lines[1]).toBe('2026-03-14 09:30,compassionate-leadership,"Leading, ""well""');
    expect(lines[2]).toBe('and kindly",1,"Line\nbreak",Attending,60,Often,,,,4,4,');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises text beginning with %j', (start) => {
    const hostile = `${start}HYPERLINK("http://example.com","x")`;
    const labels: VersionLabels = { title: hostile, sections: [] };
    const csv = scoresCsv([assessment('2026-03-14T09:30:00.000Z', 60)], labelsFor(labels), UTC);
    const title = `'${hostile}`;
    const quoted = `"${title.replace(/"/g, '""')}"`;
    expect(linesOf(csv.replace(/\r(?!\n)/g, '<CR>'))[1]).toContain(`,${quoted.replace('\r', '<CR>')},`);
    expect(neutralise(hostile)).toBe(title);
  });

  it('neutralises a hostile questionnaire id or section id from a restored file, but leaves a negative gap a number', () => {
    const response = presence('2026-03-14T09:30:00.000Z', { attending: { aim: 40, actual: 44 } });
    response.questionnaireId = '=cmd|calc';
    response.sections[0]!.sectionId = '@SUM(1)';
    for (const item of response.items) if (item.sectionId === 'presence-attending') item.sectionId = '@SUM(1)';
    const lines = linesOf(scoresCsv([response], labelsFor(undefined), UTC));
    expect(lines[1]).toBe("2026-03-14 09:30,'=cmd|calc,'=cmd|calc,1,'@SUM(1),Attending,,,40,44,-4,2,2,");
  });

  it('writes a presence check’s aim, actual and gap, and its band', () => {
    const labels: VersionLabels = { title: 'Presence', sections: ELEMENT_IDS.map((id) => ({ id: `presence-${id}`, title: id, bands })) };
    const lines = linesOf(scoresCsv([presence('2026-03-14T09:30:00.000Z', { helping: { aim: 90, actual: 30 } })], labelsFor(labels), UTC));
    expect(lines).toHaveLength(1 + 4);
    expect(lines[4]).toBe('2026-03-14 09:30,leadership-presence,Presence,1,helping,Helping,,Often,90,30,60,2,2,');
    expect(lines[1]).toBe('2026-03-14 09:30,leadership-presence,Presence,1,attending,Attending,,,,,,0,2,Incomplete');
  });

  it('gives a section with skipped items no score, says why, and leaves the overall unscored', () => {
    const response = assessment('2026-03-14T09:30:00.000Z', { attending: 75, understanding: 50, empathising: 25, helping: 100 });
    // Two of Understanding's four items skipped: under two thirds answered.
    let skipped = 0;
    for (const item of response.items) {
      if (item.kind === 'scale' && item.sectionId === 'understanding' && skipped < 2) {
        item.value = null;
        skipped += 1;
      }
    }
    const lines = linesOf(scoresCsv([response], labelsFor(assessmentLabels), UTC));
    expect(lines[2]).toBe('2026-03-14 09:30,compassionate-leadership,Compassionate leadership self-assessment,1,Understanding section,Understanding,,,,,,2,4,Incomplete');
    expect(lines[1]).toContain(',Attending,75,Often,');
    expect(lines[5]).toBe('2026-03-14 09:30,compassionate-leadership,Compassionate leadership self-assessment,1,Overall,,,,,,,,,Some sections were not scored');
  });

  it('writes a decade of results, oldest first: six rows a pulse, five a self-assessment, four a presence check', () => {
    const { responses } = decade().records;
    const lines = linesOf(scoresCsv(responses, labelsFor(undefined), UTC));
    // 520 pulses × (4 elements + energy + overall) + 40 self-assessments × (4 + overall) + 40 presence checks × 4 gaps.
    expect(lines).toHaveLength(1 + 520 * 6 + 40 * 5 + 40 * 4);
    const dates = lines.slice(1).map((line) => line.slice(0, 16));
    expect(dates).toEqual([...dates].sort());
  });

  it('writes the date and time in the time zone it is given, and names it in the header', () => {
    const late = [pulse('2026-03-14T23:30:00.000Z', 50)];
    const london = linesOf(scoresCsv(late, labelsFor(undefined), { timeZone: 'Europe/London' }));
    expect(london[0]!.startsWith('Completed (Europe/London time),')).toBe(true);
    expect(london[1]!.startsWith('2026-03-14 23:30,')).toBe(true);
    const auckland = linesOf(scoresCsv(late, labelsFor(undefined), { timeZone: 'Pacific/Auckland' }));
    expect(auckland[1]!.startsWith('2026-03-15 12:30,')).toBe(true);
    // Summer time: 09:30 UTC in July is 10:30 in London.
    const summer = linesOf(scoresCsv([pulse('2026-07-01T09:30:00.000Z', 50)], labelsFor(undefined), { timeZone: 'Europe/London' }));
    expect(summer[1]!.startsWith('2026-07-01 10:30,')).toBe(true);
  });
});
