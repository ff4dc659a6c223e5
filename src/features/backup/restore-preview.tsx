/**
 * What a backup file holds, shown before anything is written: who made it
 * and when, with which version of Attune, how many records of each kind and
 * over which dates, what could not be read when it was made, and what adding
 * it to this profile would add, skip and keep beside.
 */
import type { FileSummary, MergePlan } from '../../domain/files/file-types.ts';
import type { RestorePreview } from '../../storage/files/backup-types.ts';
import { formatCalendarDate } from '../../ui/format-calendar-date.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { countsInWords, KINDS, listInWords, totalOf, unreadableInWords } from './record-words.ts';

/** A record's date: a calendar day as it is, an instant in the device's time zone. */
function dateOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value) : formatDate(value);
}

function dateRange({ from, to }: FileSummary): string {
  if (from === null || to === null) return 'No dated records';
  const [first, last] = [dateOf(from), dateOf(to)];
  return first === last ? first : `${first} to ${last}`;
}

/** "would add 3 results; 2 are already here and would be skipped; …" */
export function mergeInWords(merge: MergePlan): string {
  const added = Object.fromEntries(KINDS.map((kind) => [kind, merge.add[kind].length]));
  const parts = [totalOf(added) === 0 ? 'would add nothing new' : `would add ${countsInWords(added)}`];
  const identical = totalOf(merge.identical);
  const beside = totalOf(merge.keptBeside);
  const notMerged = totalOf(merge.notMerged);
  if (identical > 0) parts.push(`${identical} ${identical === 1 ? 'is' : 'are'} already here and would be skipped`);
  if (beside > 0) parts.push(`${beside} ${beside === 1 ? 'differs from one' : 'differ from ones'} here with the same id and would be kept beside ${beside === 1 ? 'it' : 'them'}`);
  if (notMerged > 0) parts.push(`${notMerged} cannot sit beside ${notMerged === 1 ? 'the one' : 'the ones'} here (such as preferences), so this profile’s own would stay`);
  return `Adding it to this profile ${listInWords(parts)}. Nothing here would be changed or removed.`;
}

export function RestorePreviewFacts({ preview }: { preview: RestorePreview }) {
  const { summary, merge } = preview;
  const unreadable = unreadableInWords(summary.unreadable, 'the file');
  return (
    <section aria-labelledby="preview-heading">
      <h3 id="preview-heading" tabIndex={-1} data-step-focus="">What this file holds</h3>
      <dl className="facts">
        <dt>Profile</dt>
        <dd>{summary.displayName}</dd>
        <dt>Backed up</dt>
        <dd>{formatDateTime(summary.exportedAt)}</dd>
        <dt>Made by</dt>
        <dd>Attune {summary.appVersion}</dd>
        <dt>Holds</dt>
        <dd>{countsInWords(summary.counts)}</dd>
        <dt>Dates</dt>
        <dd>{dateRange(summary)}</dd>
        <dt>Passphrase</dt>
        <dd>{summary.encrypted ? 'Protected with a passphrase' : 'Not protected'}</dd>
        <dt>Can be opened</dt>
        <dd>Yes: this version of Attune can restore everything in it.</dd>
      </dl>
      {unreadable.length > 0 && (
        <p>
          When it was made, some records could not be read: {unreadable.join(' ')}
        </p>
      )}
      {merge && <p>{mergeInWords(merge)}</p>}
    </section>
  );
}
