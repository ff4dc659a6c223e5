/**
 * The shape of one schema version. Versions are append-only: a released file
 * under `migrations/<database>/NNNN-*.ts` is never edited; a change is a new
 * file with the next version number, its `stores` and, where data must move,
 * an `upgrade`. Each version ships a seed in `tests/fixtures/schema/` and is
 * tested by opening that seed with today's code (see migrations.test.ts).
 */
import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  /** Dexie store declarations: primary key first, then indexed fields. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
