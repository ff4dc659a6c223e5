/**
 * /report — "Results report": every completed result on this device,
 * grouped by questionnaire, newest first, with each section's score and
 * band and the overall score, ready to print or save as a PDF (report.css
 * holds the print stylesheet). Written answers are left out unless the
 * leader ticks "Include my written answers"; the choice is not remembered.
 * Tables only, no charts, so a decade of results renders quickly and offline.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { ReportGroup } from '../../domain/export/results-report.ts';
import { buildReport } from '../../domain/export/results-report.ts';
import { useConnection } from '../../state/session-store.ts';
import { Button } from '../../ui/button.tsx';
import { formatDate } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { DownloadScores } from './download-scores.tsx';
import './report.css';
import { ReportTable } from './report-table.tsx';
import { useReport } from './use-report.ts';
import { writtenAnswersOf } from './written-answers-of.ts';

/** The performance mark set once the report's tables are rendered. */
export const REPORT_READY_MARK = 'attune:report-ready';

/** A group's results by the year (on this device's calendar) they were completed, newest first as they come. */
function byYear(results: ReportGroup['results']): Array<[number, ReportGroup['results']]> {
  const years = new Map<number, ReportGroup['results']>();
  for (const result of results) {
    const year = new Date(result.response.completedAt).getFullYear();
    const list = years.get(year);
    if (list) list.push(result);
    else years.set(year, [result]);
  }
  return [...years];
}

const count = (n: number) => (n === 1 ? '1 result' : `${n} results`);

export function ReportScreen() {
  const connection = useConnection();
  const data = useReport(connection);
  const [includeWritten, setIncludeWritten] = useState(false);
  const checkboxId = useId();
  useDocumentTitle('Results report');
  // The tables (hundreds of rows over a decade) render as deferred, interruptible work: the page stays responsive
  // while they do, and ticking the box answers at once, the written answers following.
  const deferredData = useDeferredValue(data);
  const showWritten = useDeferredValue(includeWritten);
  const groups = useMemo(() => (deferredData ? buildReport(deferredData.listed.items, deferredData.versions.labelsOf) : undefined), [deferredData]);
  useEffect(() => {
    // For timing the report (docs/performance.md): its tables are on screen.
    if (groups) performance.mark(REPORT_READY_MARK);
  }, [groups]);

  const heading = <h1>Results report</h1>;
  if (!deferredData || !groups) {
    return (
      <div className="report">
        {heading}
        <p role="status">Loading your results…</p>
      </div>
    );
  }
  const { listed, versions } = deferredData;
  return (
    <div className="report">
      {heading}
      <p>
        Every result on this device, newest first, grouped by questionnaire: {count(listed.items.length)}. Scores are 0 to 100; a
        presence check shows the gap between how you aimed to lead and how you did.
      </p>
      <p className="print-only report__printed">Printed on {formatDate(new Date().toISOString())}.</p>
      {listed.unreadable > 0 && (
        <Notice tone="warning" title="Some results could not be read">
          <p>{count(listed.unreadable)} could not be read (altered, or not of this profile), so the report leaves them out. Nothing has been deleted.</p>
        </Notice>
      )}
      <div className="report__controls">
        <div className="check">
          <input id={checkboxId} type="checkbox" autoComplete="off" checked={includeWritten} onChange={(e) => setIncludeWritten(e.target.checked)} />
          <label htmlFor={checkboxId}>Include my written answers</label>
        </div>
        <p className="muted">
          Off unless you tick it, so a report you share holds only your scores. The CSV file always holds scores only.
        </p>
        <div className="button-row">
          <Button onClick={() => window.print()}>Print or save as PDF</Button>
        </div>
        <DownloadScores />
      </div>
      {groups.length === 0 ? (
        <p>
          No results yet. <Link to={paths.library()}>Choose a reflection</Link>
        </p>
      ) : (
        groups.map((group) => {
          const headingId = `report-group-${group.questionnaireId}`;
          return (
            <section key={group.questionnaireId} className="report__group" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {versions.titleOf(group.questionnaireId)} <span className="muted">({count(group.results.length)})</span>
              </h2>
              {byYear(group.results).map(([year, results]) => (
                <div key={year} className="report__year">
                  <ReportTable
                    group={group}
                    results={results}
                    title={`${versions.titleOf(group.questionnaireId)}, ${year}`}
                    writtenOf={showWritten ? (response) => writtenAnswersOf(response, versions.questionnaireOf(response)) : null}
                  />
                </div>
              ))}
            </section>
          );
        })
      )}
    </div>
  );
}
