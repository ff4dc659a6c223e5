/**
 * Sharing with a coach, the leader's side: what a scope would share (the
 * preview) and the share file itself, made like a backup (records read in
 * pages through their sealed tables, chosen by the scope as they are read,
 * handed to the file worker, the file built there).
 */
import type { ShareScope } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';
import type { MadeShare, OnProgress, SharePreview } from './share-types.ts';

/** Exactly what a share with `scope` would hold. Reads every record; writes nothing. */
export async function previewShare(connection: ProfileConnection, scope: ShareScope, options: { now?: Date; timeZone?: string } = {}): Promise<SharePreview> {
  void connection; void scope; void options;
  throw new Error('not built yet');
}

/**
 * Makes the share file (encrypted when a passphrase is given). Records
 * nothing: the screen calls recordShareMade once the file has left the device.
 */
export async function makeShareFile(
  connection: ProfileConnection,
  scope: ShareScope,
  options: { leaderName: string; passphrase?: string; withdraw: string[]; onProgress?: OnProgress; now?: Date; timeZone?: string },
): Promise<MadeShare> {
  void connection; void scope; void options;
  throw new Error('not built yet');
}
