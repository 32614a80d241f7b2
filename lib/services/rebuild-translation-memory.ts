import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { compileBoth, listTerms } from '@/lib/db/queries/terms';
import { deleteAllUnits, insertUnits, listArticlesForMemoryAfter } from '@/lib/db/queries/translation-units';
import type { Actor } from './actor';
import { unitsOf } from './fill-translation-memory';
import { ForbiddenError } from './errors';

export interface RebuildReport {
  articles: number;
  units: number;
}

const BATCH = 500;

/**
 * Rebuilds the whole translation memory from the articles (npm run tm:rebuild): one transaction, so
 * lookups see the old memory or the new one, never half of it. Articles are read 500 at a time.
 * For the command line (the system actor) and administrators.
 */
export function rebuildTranslationMemory(db: Db, actor: Actor): RebuildReport {
  if (actor.role !== 'system' && actor.role !== 'admin') throw new ForbiddenError('role');
  return db.transaction((tx) => {
    const terms = compileBoth(listTerms(tx));
    deleteAllUnits(tx);
    let after = 0;
    let articles = 0;
    let units = 0;
    const now = new Date().toISOString();
    for (;;) {
      const batch = listArticlesForMemoryAfter(tx, after, BATCH);
      if (batch.length === 0) break;
      const rows = batch.flatMap((article) => unitsOf(article, terms, now));
      insertUnits(tx, rows);
      articles += batch.length;
      units += rows.length;
      after = batch[batch.length - 1]!.id;
    }
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'rebuild_translation_memory', entity: 'database', details: { articles, units } });
    return { articles, units };
  });
}
