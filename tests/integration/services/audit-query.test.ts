import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { listAuditEntries, listAuditVocabulary } from '@/lib/db/queries/audit';

function seeded() {
  const db = openMemoryDatabase();
  for (let i = 1; i <= 120; i++) {
    writeAudit(db, {
      actorId: i % 2,
      actor: i % 2 ? 'admin@example.org' : 'chief@example.org',
      action: i % 3 === 0 ? 'change_role' : 'login',
      entity: i % 4 === 0 ? 'article' : 'user',
      entityId: i % 5,
    });
  }
  return db;
}

describe('audit log browser', () => {
  it('pages through the log newest first without gaps', () => {
    const db = seeded();
    const total = (db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
    const seen: number[] = [];
    let page = listAuditEntries(db, {}, null, 50);
    seen.push(...page.rows.map((r) => r.id));
    while (page.nextBefore != null) {
      page = listAuditEntries(db, {}, page.nextBefore, 50);
      seen.push(...page.rows.map((r) => r.id));
    }
    expect(seen).toHaveLength(total);
    expect(seen).toEqual([...seen].sort((x, y) => y - x));
  });

  it('filters by action, actor (part of it, any case) and entity', () => {
    const db = seeded();
    const byAction = listAuditEntries(db, { action: 'change_role' }, null, 500).rows;
    expect(byAction).toHaveLength(40);
    expect(byAction.every((r) => r.action === 'change_role')).toBe(true);
    const byActor = listAuditEntries(db, { actor: 'CHIEF@' }, null, 500).rows;
    expect(byActor).toHaveLength(60);
    const combined = listAuditEntries(db, { action: 'login', actor: 'admin', entity: 'article', entityId: '0' }, null, 500).rows;
    expect(combined.every((r) => r.action === 'login' && r.actor === 'admin@example.org' && r.entity === 'article' && r.entityId === '0')).toBe(true);
    expect(listAuditEntries(db, { actor: '%' }).rows).toEqual([]);
  });

  it('offers the actions and entities present in the log', () => {
    const db = seeded();
    expect(listAuditVocabulary(db)).toEqual({ actions: ['change_role', 'login'], entities: ['article', 'user'] });
  });

  it('is append-only in the database', () => {
    const db = seeded();
    expect(() => db.$client.exec("update audit_log set action = 'x'")).toThrow(/append-only/);
    expect(() => db.$client.exec('delete from audit_log')).toThrow(/append-only/);
  });
});
