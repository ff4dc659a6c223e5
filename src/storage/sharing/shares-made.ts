/**
 * The shares this profile has made and handed over (sealed table
 * `sharesMade`, id = shareId, madeAt indexed), kept so a later share can ask
 * the coach's app to withdraw one. Withdrawing marks the earlier share with
 * the shareId of the share that asked (`withdrawnBy`); it is never deleted,
 * so the leader can see what was sent and when.
 */
import type { ShareCovers } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import { sealedTable } from '../repositories/sealed-table.ts';
import { sealedWrite } from '../repositories/sealed-write.ts';
import type { ShareMade } from './share-types.ts';

type ShareMadeRow = Omit<ShareMade, 'shareId'> & { id: string };

export const SHARES_MADE_TABLE = 'sharesMade';

const sharesMadeTable = sealedTable<ShareMadeRow, 'madeAt'>(SHARES_MADE_TABLE, ['madeAt']);

function fromRow({ id, ...rest }: ShareMadeRow): ShareMade {
  return { shareId: id, ...rest };
}

/** Every share made that can be read, newest first. */
export async function listSharesMade(connection: ProfileConnection): Promise<ShareMade[]> {
  return (await sharesMadeTable.list(connection, 'madeAt', { reverse: true })).items.map(fromRow);
}

/**
 * Records a share that has left the device, and marks the earlier ones it
 * asked to withdraw (those not already withdrawn by an earlier share), all in
 * one sealed write: either all of it is saved or none of it.
 */
export async function recordShareMade(connection: ProfileConnection, made: { shareId: string; madeAt: Date; covers: ShareCovers; withdraw: string[] }): Promise<void> {
  // Sealed at once (before any await), as every write is: see sealed-write.ts.
  const sealingNew = sharesMadeTable.seal(connection, { id: made.shareId, madeAt: made.madeAt.toISOString(), covers: made.covers });
  sealingNew.catch(() => undefined); // its failure is reported by the write below, not as an unhandled rejection meanwhile
  const earlier = await sharesMadeTable.select(connection, (table) => table.where(':id').anyOf(made.withdraw.filter((id) => id !== made.shareId)).toArray());
  const sealingWithdrawn = earlier.items.filter((row) => !row.withdrawnBy).map((row) => sharesMadeTable.seal(connection, { ...row, withdrawnBy: made.shareId }));
  await sealedWrite(connection, [SHARES_MADE_TABLE], Promise.all([sealingNew, ...sealingWithdrawn]), (rows) =>
    connection.database.db.table(SHARES_MADE_TABLE).bulkPut(rows),
  );
}
