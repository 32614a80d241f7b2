import type { AuditAction, AuditEntity } from '@/lib/domain/audit-vocabulary';
import type { DbOrTx } from './client';
import { auditLog } from './schema';

export interface AuditEntry {
  actorId?: number | null;
  actor: string;
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  details?: Record<string, unknown>;
}

/** Call inside the transaction of the change it records. */
export function writeAudit(db: DbOrTx, entry: AuditEntry): void {
  db.insert(auditLog)
    .values({
      actorId: entry.actorId ?? null,
      actor: entry.actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      details: entry.details ?? null,
    })
    .run();
}
