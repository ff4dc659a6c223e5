/**
 * The shared part of revoking a vault: a grace timer, then "revoked" for
 * good. Seals refused after that are counted, so a lock can say that a
 * change made just before it could not be saved (a background re-seal of a
 * stored record is refused but not counted: nothing typed was lost).
 */
import { StorageError } from '../errors.ts';

const REVOKED_MESSAGE = 'This profile was locked before this change could be saved. Unlock it to carry on.';

export class Revocation {
  #revoked = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  refusedSeals = 0;

  get revoked(): boolean {
    return this.#revoked;
  }

  /** Revokes after `graceMs`, calling `onRevoked` then (at once, synchronously, for 0). An earlier revoke is not delayed by a later one. */
  revoke(graceMs: number, onRevoked: () => void): void {
    if (this.#revoked) return;
    const finish = () => {
      clearTimeout(this.#timer);
      this.#revoked = true;
      onRevoked();
    };
    if (graceMs <= 0) return finish();
    if (this.#timer === undefined) this.#timer = setTimeout(finish, graceMs);
  }

  /** @throws StorageError('closed') when revoked; counts a refused seal, unless `counted` is false (a re-seal, which loses nothing). */
  checkSeal(counted = true): void {
    if (!this.#revoked) return;
    if (counted) this.refusedSeals += 1;
    throw new StorageError('closed', { message: REVOKED_MESSAGE });
  }

  /** @throws StorageError('closed') when revoked. */
  checkOpen(): void {
    if (this.#revoked) throw new StorageError('closed', { message: REVOKED_MESSAGE });
  }
}
