/**
 * What a leader's profile remembers for sharing, in its sealed Preferences
 * (so a backup carries it): the last scope chosen and the stable link id.
 */
import type { ShareScope } from '../../domain/coaching/coaching-types.ts';
import type { ProfileConnection } from '../profile-connection.ts';

/** The scope last used, or DEFAULT_SHARE_SCOPE. */
export async function readShareScope(connection: ProfileConnection): Promise<ShareScope> {
  void connection;
  throw new Error('not built yet');
}

export async function saveShareScope(connection: ProfileConnection, scope: ShareScope): Promise<void> {
  void connection; void scope;
  throw new Error('not built yet');
}

/** The profile's stable random link id, made and saved the first time it is asked for. */
export async function coachLinkId(connection: ProfileConnection): Promise<string> {
  void connection;
  throw new Error('not built yet');
}
