/** The profile's intentions, newest first, kept live as they change. undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Intention } from '../../domain/intentions/intention.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';
import type { Listed } from '../../storage/repositories/open-rows.ts';
import { listIntentions } from '../../storage/repositories/intentions-repo.ts';

export function useIntentions(connection: ProfileConnection): Listed<Intention> | undefined {
  return useLiveQuery(() => listIntentions(connection), [connection]);
}
