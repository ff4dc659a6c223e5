import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { guard, StorageError, toStorageError } from './errors.ts';

describe('toStorageError', () => {
  it('names a full disk, whether IndexedDB reports it directly, Dexie wraps it or a bulk write lists it among its failures', () => {
    const direct = new DOMException('quota', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: direct });
    const bulk = new Dexie.BulkError('2 of 200 operations failed', { 7: new DOMException('aborted', 'AbortError'), 8: direct });
    for (const error of [direct, wrapped, bulk]) {
      const named = toStorageError(error);
      expect(named.kind).toBe('quota');
      expect(named.message).toMatch(/out of storage space/);
      expect(named.message).toMatch(/everything saved before is unchanged/);
    }
  });

  it('names a closed database and keeps the cause', () => {
    const cause = Object.assign(new Error('closed'), { name: 'DatabaseClosedError' });
    expect(toStorageError(cause)).toMatchObject({ kind: 'closed', cause });
  });

  it('passes a StorageError through unchanged and maps anything else to unknown', () => {
    const own = new StorageError('read-only');
    expect(toStorageError(own)).toBe(own);
    expect(toStorageError('boom').kind).toBe('unknown');
    expect(toStorageError(new Dexie.BulkError('1 of 1 operations failed', { 0: new DOMException('exists', 'ConstraintError') })).kind).toBe('unknown');
  });

  it('guard rethrows failures as StorageErrors', async () => {
    await expect(guard(() => Promise.reject(new DOMException('x', 'QuotaExceededError')))).rejects.toMatchObject({ kind: 'quota' });
  });
});
