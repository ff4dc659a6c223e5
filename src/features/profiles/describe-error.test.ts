// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UnlockWaitError } from '../../storage/profile-access.ts';
import { describeProfileError } from './describe-error.ts';

const NOW = Date.UTC(2026, 11, 3, 9);

describe('describeProfileError for a wait', () => {
  it('says how long was left when the attempt was refused, whatever the device clock says now', () => {
    const refused = new UnlockWaitError(NOW + 5 * 60_000, 5 * 60_000);
    expect(describeProfileError(refused, NOW + 2 * 60 * 60_000)).toBe('Too many wrong attempts. You can try again in 5 minutes.');
    expect(describeProfileError(refused, NOW - 24 * 60 * 60_000)).toBe('Too many wrong attempts. You can try again in 5 minutes.');
  });
});
