// @vitest-environment node
/**
 * The file worker: one that cannot load, or crashes mid-way, must not leave
 * a backup or a restore busy for ever; one that works hands large results
 * back a page at a time. Worker is stubbed,
 * since Node has none (and there the client does the work on its own thread).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_CONTENT, SAMPLE_NOW, sampleBackupBody } from '../../domain/files/testing/sample-backup.ts';
import { sampleNotesBody, sampleShareBody } from '../../domain/files/testing/sample-share.ts';
import { writeAttuneFile } from '../../domain/files/write-file.ts';
import type { Counts, FileRequest } from './file-request.ts';

/** A worker that never answers by itself; the test makes it fail. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A worker that does the work as the real one does: messages cloned both ways, each answered in a task of its own. */
class WorkingWorker extends FakeWorker {
  override postMessage(message: unknown): void {
    super.postMessage(message);
    const { requestId, ...request } = structuredClone(message) as FileRequest & { requestId: number };
    setTimeout(async () => {
      const { runFileRequest } = await import('./file-request.ts');
      const result = await runFileRequest(request as FileRequest);
      this.onmessage?.(new MessageEvent('message', { data: structuredClone({ requestId, result }) }));
    }, 0);
  }
}

function outcomeWithin(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([
    promise.then(
      (value) => ({ resolved: value }),
      (error: unknown) => error,
    ),
    new Promise((resolve) => setTimeout(() => resolve('still waiting'), ms)),
  ]);
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the file worker failing', () => {
  it('rejects every waiting request with a message that can be shown, and the next request starts a new worker', async () => {
    const { readFileInWorker, recordsInWorker } = await import('./file-worker-client.ts');
    const build = recordsInWorker();
    const appending = build.append('journal', []);
    const reading = readFileInWorker(new Blob(['{}']), { expectKind: 'backup', known: {} });
    expect(FakeWorker.made).toHaveLength(1);
    const [first] = FakeWorker.made;
    expect(first!.posted).toHaveLength(2);

    first!.onerror?.(new Event('error'));

    const failed = { name: 'StorageError', message: expect.stringMatching(/could not work on the file.*Nothing was changed/i) };
    expect(await outcomeWithin(appending, 200)).toMatchObject(failed);
    expect(await outcomeWithin(reading, 200)).toMatchObject(failed);
    expect(first!.terminated).toBe(true);

    void build.discard().catch(() => undefined);
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('does the same when a reply cannot be read, or the worker reports an error', async () => {
    const { readFileInWorker } = await import('./file-worker-client.ts');
    const reading = readFileInWorker(new Blob(['x']), { expectKind: 'backup', known: {} });
    FakeWorker.made[0]!.onmessageerror?.(new MessageEvent('messageerror'));
    expect(await outcomeWithin(reading, 200)).toMatchObject({ name: 'StorageError' });

    const again = readFileInWorker(new Blob(['x']), { expectKind: 'backup', known: {} });
    const second = FakeWorker.made[1]!;
    const { requestId } = second.posted[0] as { requestId: number };
    second.onmessage?.(new MessageEvent('message', { data: { requestId, errorName: 'TypeError' } }));
    expect(await outcomeWithin(again, 200)).toMatchObject({ name: 'StorageError', message: expect.stringMatching(/could not work on the file/i) });
  });
});

describe('the file worker working', () => {
  it('hands an opened file’s records back a page at a time, and they arrive whole', async () => {
    vi.stubGlobal('Worker', WorkingWorker);
    const { readFileInWorker } = await import('./file-worker-client.ts');
    const body = sampleBackupBody();
    const [entry] = body.records.journal;
    body.records.journal = Array.from({ length: 600 }, (_, i) => ({ ...entry!, id: `journal-${String(i).padStart(4, '0')}` }));
    const text = await writeAttuneFile('backup', body, { appVersion: '1.0.0', schemaVersion: 4, now: SAMPLE_NOW });

    const read = await readFileInWorker(new Blob([text]), { expectKind: 'backup', known: SAMPLE_CONTENT, now: SAMPLE_NOW });
    if (!read.ok) throw new Error(JSON.stringify(read.rejection));
    expect(read.file.body).toEqual(body);
    const worker = FakeWorker.made[0]!;
    const takes = worker.posted.filter((m) => (m as { op: string }).op === 'take' && (m as { kind: string }).kind === 'journal');
    expect(takes).toHaveLength(3);
    expect(worker.posted.at(-1)).toMatchObject({ op: 'discard' });
  });
});

describe('a worker replaced mid-way', () => {
  it('fails the backup instead of building a file from the pages the new worker has', async () => {
    vi.stubGlobal('Worker', WorkingWorker);
    const { finishFile, recordsInWorker } = await import('./file-worker-client.ts');
    const [entry] = sampleBackupBody().records.journal;
    const build = recordsInWorker();
    await build.append('journal', [{ ...entry!, id: 'journal-a' }]);
    FakeWorker.made[0]!.onerror?.(new Event('error')); // crashes between pages, with nothing waiting

    const failed = { name: 'StorageError', message: expect.stringMatching(/could not work on the file/i) };
    expect(await outcomeWithin(build.append('journal', [{ ...entry!, id: 'journal-b' }]), 500)).toMatchObject(failed);
    const finishing = finishFile(build, 'backup', { profile: { displayName: 'Sam' }, unreadable: {} }, { appVersion: '1.0.0', schemaVersion: 4, now: SAMPLE_NOW });
    expect(await outcomeWithin(finishing, 500)).toMatchObject(failed);
  });

  it('the worker refuses an id it does not hold, or counts that differ, rather than answering with fewer records', async () => {
    const { runFileRequest } = await import('./file-request.ts');
    const counts: Counts = { responses: 0, drafts: 0, intentions: 0, journal: 0, practiceLog: 0, weeklyReflections: 0, preferences: 0 };
    await expect(runFileRequest({ op: 'take', id: 9_999, kind: 'journal', start: 0, count: 10 })).rejects.toMatchObject({ name: 'HeldRecordsMissing' });
    const options = { appVersion: '1.0.0', schemaVersion: 4, now: SAMPLE_NOW };
    await expect(runFileRequest({ op: 'finish', id: 9_998, expected: { ...counts, journal: 1 }, kind: 'backup', rest: { profile: { displayName: 'Sam' }, unreadable: {} }, options })).rejects.toMatchObject({ name: 'HeldRecordsMissing' });
    const [entry] = sampleBackupBody().records.journal;
    await runFileRequest({ op: 'append', id: 9_997, kind: 'journal', records: [entry!] });
    await expect(runFileRequest({ op: 'finish', id: 9_997, expected: { ...counts, journal: 2 }, kind: 'backup', rest: { profile: { displayName: 'Sam' }, unreadable: {} }, options })).rejects.toMatchObject({ name: 'HeldRecordsMissing' });
    expect(await runFileRequest({ op: 'finish', id: 9_996, expected: counts, kind: 'backup', rest: { profile: { displayName: 'Sam' }, unreadable: {} }, options })).toBeInstanceOf(Blob);
  });
});

describe('the file worker working on shares and notes', () => {
  it('builds a notes file and a share there, and hands them back opened: the notes whole, the share’s records in pages', async () => {
    vi.stubGlobal('Worker', WorkingWorker);
    const { finishFile, makeSmallFile, readFileInWorker, recordsInWorker } = await import('./file-worker-client.ts');
    const options = { appVersion: '1.0.0', schemaVersion: 5, now: SAMPLE_NOW };
    const notes = await makeSmallFile('coach-notes', sampleNotesBody(), options);
    const readNotes = await readFileInWorker(notes, { expectKind: 'coach-notes', known: SAMPLE_CONTENT, now: SAMPLE_NOW });
    expect(readNotes.ok && readNotes.file.body).toEqual(sampleNotesBody());

    const { records, ...rest } = sampleShareBody();
    const build = recordsInWorker();
    await build.append('responses', records.responses);
    await build.append('journal', records.journal);
    await build.append('intentions', records.intentions);
    await build.append('practiceLog', records.practiceLog);
    await build.append('weeklyReflections', records.weeklyReflections);
    const share = await finishFile(build, 'share', rest, options);
    const readShare = await readFileInWorker(share, { expectKind: 'share', known: SAMPLE_CONTENT, now: SAMPLE_NOW });
    expect(readShare.ok && readShare.file.body).toEqual(sampleShareBody());
    const worker = FakeWorker.made[0]!;
    expect(worker.posted.filter((m) => (m as { op: string }).op === 'take')).toHaveLength(5);
  });
});
