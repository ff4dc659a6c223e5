/**
 * Profile database v5: coaching. A leader's profile keeps the shares it has
 * made (so a later one can ask for one to be withdrawn) and the notes a coach
 * sent back that the leader chose to keep; a coach space keeps its list of
 * coachees (each coachee's records are in a database of their own, sealed
 * with a key held in this row: storage/coaching). Index fields only are
 * plaintext; everything else is sealed. Released: never edit.
 */
import type { Migration } from '../migration.ts';

export const profile0005Coaching: Migration = {
  version: 5,
  stores: {
    sharesMade: 'id, madeAt',
    coachComments: 'id, responseId',
    coachees: 'id',
  },
};
