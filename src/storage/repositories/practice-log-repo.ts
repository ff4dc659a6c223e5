/** The practice log of one profile: plaintext id and date; minutes, practice, note and element sealed. */
import type { PracticeLogEntry } from '../../domain/practice/practice-log.ts';
import { sealedTable } from './sealed-table.ts';

export const practiceLogTable = sealedTable<PracticeLogEntry, 'date'>('practiceLog', ['date']);

export const savePracticeLog = practiceLogTable.put;

/** Every logged practice, newest first. */
export function listPracticeLog(connection: Parameters<typeof practiceLogTable.list>[0]) {
  return practiceLogTable.list(connection, 'date', { reverse: true });
}
