/** The sentence after a restore: "Restored: 312 results and 40 journal entries. 2 were already here and skipped; 1 was kept beside one with the same id." */
import type { RestoreReport } from '../../storage/files/backup-types.ts';
import { countsInWords, totalOf } from './record-words.ts';

function were(count: number): string {
  return count === 1 ? '1 was' : `${count} were`;
}

export function restoredInWords(report: RestoreReport, newProfileName: string | null): string {
  const added = totalOf(report.added) > 0 ? countsInWords(report.added) : newProfileName === null ? 'nothing new' : 'no records (the file held none)';
  const into = newProfileName === null ? '' : ` into the new profile “${newProfileName}”`;
  const notes: string[] = [];
  const identical = totalOf(report.identical);
  const beside = totalOf(report.keptBeside);
  const notMerged = totalOf(report.notMerged);
  if (identical > 0) notes.push(`${were(identical)} already here and skipped`);
  if (beside > 0) notes.push(`${were(beside)} kept beside ${beside === 1 ? 'one' : 'ones'} with the same id but different content`);
  if (notMerged > 0) notes.push(`${were(notMerged)} not added because this profile’s own ${notMerged === 1 ? 'was' : 'were'} kept (such as preferences)`);
  return `Restored: ${added}${into}.${notes.length > 0 ? ` ${notes.join('; ')}.` : ''}`;
}
