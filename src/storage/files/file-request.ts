/**
 * What the file worker does: build a file from records handed to it page
 * by page (canonical JSON, checksum, optional encryption: the long work of
 * a backup, kept off the page's thread), and check and open a chosen file.
 * The same code runs on the calling thread where there is no Worker (jsdom).
 */
import type { BackupBody, BackupRecords, FileKind, ReadResult, RecordKind } from '../../domain/files/file-types.ts';
import { readAttuneFile } from '../../domain/files/read-file.ts';
import { writeAttuneFile } from '../../domain/files/write-file.ts';

/** Questionnaire versions the app has, by questionnaire id (see known-content.ts). */
export type KnownContent = Record<string, readonly number[]>;

export type FileRequest =
  | { op: 'append'; buildId: number; kind: RecordKind; records: BackupRecords[RecordKind] }
  | {
      op: 'finish';
      buildId: number;
      kind: FileKind;
      profile: BackupBody['profile'];
      unreadable: BackupBody['unreadable'];
      options: { passphrase?: string; appVersion: string; schemaVersion: number; now: Date };
    }
  | { op: 'discard'; buildId: number }
  | { op: 'read'; input: Uint8Array; options: { passphrase?: string; expectKind: FileKind; known: KnownContent; now?: Date } };

export type FileResult = null | string | ReadResult<BackupBody>;

/** Records handed over so far, by build. */
const builds = new Map<number, BackupRecords>();

function recordsOf(buildId: number): BackupRecords {
  let records = builds.get(buildId);
  if (!records) {
    records = { responses: [], drafts: [], intentions: [], journal: [], practiceLog: [], weeklyReflections: [], preferences: [] };
    builds.set(buildId, records);
  }
  return records;
}

export async function runFileRequest(request: FileRequest): Promise<FileResult> {
  switch (request.op) {
    case 'append': {
      const records = recordsOf(request.buildId)[request.kind] as unknown[];
      for (const record of request.records) records.push(record);
      return null;
    }
    case 'discard':
      builds.delete(request.buildId);
      return null;
    case 'finish': {
      const records = recordsOf(request.buildId);
      builds.delete(request.buildId);
      const body: BackupBody = { profile: request.profile, records, unreadable: request.unreadable };
      return writeAttuneFile(request.kind, body, request.options);
    }
    case 'read': {
      const { known, ...options } = request.options;
      return readAttuneFile(request.input, { ...options, knownContent: (id, version) => known[id]?.includes(version) ?? false });
    }
  }
}
