/** The shares this profile has made (sealed table `sharesMade`), newest first. */
import type { ShareCovers } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { ShareMade } from './share-types.ts';

export async function listSharesMade(connection: ProfileConnection): Promise<ShareMade[]> {
  void connection;
  throw new Error('not built yet');
}

/** Records a share that has left the device, and marks the earlier ones it asked to withdraw. */
export async function recordShareMade(connection: ProfileConnection, made: { shareId: string; madeAt: Date; covers: ShareCovers; withdraw: string[] }): Promise<void> {
  void connection; void made;
  throw new Error('not built yet');
}
