import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { auditLog } from '../schema';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditFilter {
  action?: string;
  /** Part of the actor's label (an e-mail, "cli" or "system"), ignoring ASCII case. */
  actor?: string;
  entity?: string;
  entityId?: string;
}

export interface AuditPage {
  rows: AuditRow[];
  /** The id to pass as `before` for the next (older) page, or null on the last page. */
  nextBefore: number | null;
}

export const AUDIT_PAGE_SIZE = 50;

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Newest first, keyset-paginated on the id: each page costs the same however deep the log is. */
export function listAuditEntries(db: DbOrTx, filter: AuditFilter = {}, before?: number | null, limit = AUDIT_PAGE_SIZE): AuditPage {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actor) conditions.push(sql`${auditLog.actor} like ${`%${escapeLike(filter.actor)}%`} escape '\\'`);
  if (before != null) conditions.push(lt(auditLog.id, before));
  const rows = db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1)
    .all();
  const page = rows.slice(0, limit);
  return { rows: page, nextBefore: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
}

/** The actions and entities that occur in the log, for the filter menus. */
export function listAuditVocabulary(db: DbOrTx): { actions: string[]; entities: string[] } {
  const actions = db.selectDistinct({ v: auditLog.action }).from(auditLog).orderBy(auditLog.action).all();
  const entities = db.selectDistinct({ v: auditLog.entity }).from(auditLog).orderBy(auditLog.entity).all();
  return { actions: actions.map((r) => r.v), entities: entities.map((r) => r.v) };
}
