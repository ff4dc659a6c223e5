/**
 * The CSV of a profile's scores, for spreadsheets and appraisals: one row
 * per result and scored section, and one for the overall score where there
 * is one (score-rows.ts), oldest result first. Scores only: no written
 * answer, note or journal text is ever written.
 *
 * The file follows RFC 4180 (a cell holding a comma, a double quote, CR or
 * LF is quoted, quotes doubled; lines end CRLF) and begins with a byte order
 * mark (U+FEFF) so that Excel reads it as UTF-8.
 *
 * Cells are numbers or text. Numbers are only figures the app itself works
 * out (version, score, aim, actual, gap, answered, questions): whole numbers
 * written bare, so a gap of -4 stays the number -4 a spreadsheet can add up.
 * Every text cell (dates, ids, titles, section and band names, which may come
 * from a restored file) that begins with =, +, -, @, a tab or a carriage
 * return is neutralised with a leading single quote (OWASP, "CSV
 * injection"), so a spreadsheet shows it as text and never runs it.
 */
import type { AssessmentResponse } from '../questionnaire/response.ts';
import type { LabelsOf, ScoreRow } from './score-rows.ts';
import { scoreRowsOf } from './score-rows.ts';

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

export interface ScoresCsvOptions {
  /** The IANA time zone the completed date and time are written in (the device's). */
  timeZone: string;
}

type CsvCell = number | string | null;

/** Characters that make a spreadsheet read a cell as a formula (or hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would read as a formula, made plain text with a leading '. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as RFC 4180 wants it: text neutralised, then quoted when it holds a comma, quote, CR or LF. */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`A CSV number must be finite; got ${cell}`);
    return String(cell);
  }
  const text = neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-03-14 09:30": an instant's date and time in a time zone (24-hour clock). */
export function localDateTime(instant: string, timeZone: string): string {
  const when = new Date(instant);
  if (Number.isNaN(when.getTime())) return instant;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(when);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The header row; the first column names the time zone its times are in. */
export function csvHeader(timeZone: string): string[] {
  return [
    `Completed (${timeZone} time)`,
    'Questionnaire id',
    'Questionnaire',
    'Version',
    'Section',
    'Element',
    'Score (0 to 100)',
    'Band',
    'Aim (0 to 100)',
    'Actual (0 to 100)',
    'Gap (aim minus actual)',
    'Answered',
    'Questions',
    'Not scored because',
  ];
}

function rowCells(row: ScoreRow, timeZone: string): CsvCell[] {
  return [
    localDateTime(row.completedAt, timeZone),
    row.questionnaireId,
    row.questionnaireTitle,
    row.questionnaireVersion,
    row.section,
    row.element,
    row.score,
    row.band,
    row.aim,
    row.actual,
    row.gap,
    row.answered,
    row.total,
    row.notScored,
  ];
}

/**
 * The whole CSV text, BOM first. `labelsOf` gives the wording of the version
 * each result was answered with (its title, section titles and bands);
 * without it a result is written with its ids and no bands.
 */
export function scoresCsv(responses: readonly AssessmentResponse[], labelsOf: LabelsOf, options: ScoresCsvOptions): string {
  const ordered = [...responses].sort((a, b) => a.completedAt.localeCompare(b.completedAt) || a.id.localeCompare(b.id));
  const lines = [csvHeader(options.timeZone).map(csvCell).join(',')];
  for (const response of ordered) {
    const rows = scoreRowsOf(response, labelsOf(response.questionnaireId, response.questionnaireVersion));
    for (const row of rows) lines.push(rowCells(row, options.timeZone).map(csvCell).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
