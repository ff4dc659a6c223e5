// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { openProfile } from '../profile-connection.ts';
import { closeHeld, registerHeld, releaseLockFor } from './held-profile.ts';

const PROFILE = { id: 'held-1', displayName: 'Alex', createdAt: '', vault: { scheme: 'plain' as const } };

describe('a profile held open by this tab', () => {
  it('lets go at once of a hold taken back after it was closed meanwhile (a lock during its own vault change)', async () => {
    const connection = await openProfile(PROFILE);
    const first = vi.fn();
    registerHeld(connection, first);
    const retake = releaseLockFor(connection); // a vault change here lets go of the shared hold
    expect(first).toHaveBeenCalled();

    await closeHeld(connection); // locked during the change
    const second = vi.fn();
    retake(second); // the change ends and takes its hold back
    expect(second).toHaveBeenCalled(); // nothing else would ever let it go
  });

  it('keeps a hold taken back while the profile is still open, until it is closed', async () => {
    const connection = await openProfile(PROFILE);
    registerHeld(connection, vi.fn());
    const retake = releaseLockFor(connection);
    const second = vi.fn();
    retake(second);
    expect(second).not.toHaveBeenCalled();
    await closeHeld(connection);
    expect(second).toHaveBeenCalled();
  });
});
