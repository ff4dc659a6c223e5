/**
 * The self-assessment the leader picked as "then" on the radar. The pick
 * holds only in the range and on the profile it was made in: a new range or
 * another profile's connection goes back to the default (the earliest in
 * the range), never to a response from elsewhere.
 */
import { useCallback, useState } from 'react';
import type { RangeChoice } from '../../domain/progress/progress-types.ts';
import type { ProfileConnection } from '../../storage/profile-connection.ts';

interface Pick {
  responseId: string;
  range: RangeChoice;
  connection: ProfileConnection;
}

export function usePickedThen(range: RangeChoice, connection: ProfileConnection): [thenResponseId: string | undefined, pick: (responseId: string) => void] {
  const [picked, setPicked] = useState<Pick>();
  const pick = useCallback((responseId: string) => setPicked({ responseId, range, connection }), [range, connection]);
  const holds = picked !== undefined && picked.range === range && picked.connection === connection;
  // Forgotten, not only hidden, so coming back to the range later starts from the default too (React re-renders at once).
  if (picked !== undefined && !holds) setPicked(undefined);
  return [holds ? picked.responseId : undefined, pick];
}
