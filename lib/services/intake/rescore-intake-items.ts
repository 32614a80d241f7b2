import type { Db } from '@/lib/db/client';
import { listItemsForScoring, setItemRelevance } from '@/lib/db/queries/intake-items';
import { CAN_MANAGE_INTAKE_TERMS } from '@/lib/domain/intake/access';
import { scoreItem } from '@/lib/domain/intake/relevance';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import { loadTermMatcher } from './intake-matchers';

export interface RescoreReport {
  /** Items looked at. */
  items: number;
  /** Items whose score or matched words changed. */
  changed: number;
}

/** Items read and written per transaction: short write transactions, so the poller and the desk are not held up. */
export const RESCORE_BATCH = 1_000;

/**
 * Scores every intake item again with the current term list, after the chief editor changed it.
 * Runs in batches of RESCORE_BATCH items, each in its own short transaction; only items whose score
 * or matches changed are written. A derived value, like the search index: the term change itself is
 * what the audit log records. The system (scripts, the poller) and term managers may run it.
 */
export function rescoreIntakeItems(db: Db, actor: Actor): RescoreReport {
  if (actor.role !== 'system') assertActorRole(actor, CAN_MANAGE_INTAKE_TERMS, 'role');
  const terms = loadTermMatcher(db);
  let afterId = 0;
  let items = 0;
  let changed = 0;
  for (;;) {
    const batch = listItemsForScoring(db, afterId, RESCORE_BATCH);
    if (batch.length === 0) break;
    const updates = batch.flatMap((item) => {
      const { score, matches } = scoreItem(terms, item);
      const json = JSON.stringify(matches);
      return score === item.score && json === item.matchedTerms ? [] : [{ id: item.id, score, matches }];
    });
    if (updates.length > 0) {
      db.transaction((tx) => {
        for (const u of updates) setItemRelevance(tx, u.id, u.score, u.matches);
      });
    }
    items += batch.length;
    changed += updates.length;
    afterId = batch[batch.length - 1]!.id;
  }
  return { items, changed };
}
