import { asc, eq } from 'drizzle-orm';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { auditLog, users } from '@/lib/db/schema';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { userActor, type Actor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { saveArticle, type SaveArticleInput } from '@/lib/services/save-article';
import type { Role } from '@/lib/domain/workflow';

/** A migrated in-memory database with countries, and a user per role (no password hashing: fast). */
export function articleTestDb(): { db: Db; editor: Actor; editor2: Actor; chief: Actor; admin: Actor } {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  const make = (role: Role, name: string): Actor => {
    const row = db
      .insert(users)
      .values({ email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.org`, name, role, passwordHash: 'x' })
      .returning()
      .get();
    return userActor(row);
  };
  return { db, editor: make('editor', 'Aigerim Editor'), editor2: make('editor', 'Boris Editor'), chief: make('chief', 'Chief Editor'), admin: make('admin', 'Admin') };
}

export const READY = {
  countryCode: 'KZ',
  eventDate: '2024-01-15',
  outlet: '',
  titleEn: 'Police seized 5 kg of heroin',
  titleRu: 'Полиция изъяла 5 кг героина',
  bodyEn: 'In Almaty, police *seized* five kilograms.\n\n- We will continue, said the chief.',
  bodyRu: 'В Алматы полиция изъяла пять килограммов.',
  digestEn: 'heroin seizure',
  digestRu: 'изъятие героина',
  sources: ['https://polisia.kz/news/1'],
};

/** A draft article with everything review needs, at version 2. */
export function readyArticle(db: Db, actor: Actor, overrides: Partial<SaveArticleInput> = {}) {
  const created = createArticle(db, actor, { countryCode: 'KZ', eventDate: '2024-01-15' });
  return saveArticle(db, actor, { ...READY, ...overrides, id: created.id, expectedVersion: created.version }).article;
}

/** The audit actions recorded for one entity, oldest first. */
export function auditActions(db: Db, entityId: number, entity: 'article' | 'photo' = 'article'): string[] {
  return db
    .select({ action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId })
    .from(auditLog)
    .orderBy(asc(auditLog.id))
    .all()
    .filter((r) => r.entity === entity && r.entityId === String(entityId))
    .map((r) => r.action);
}

export function userIdByName(db: Db, name: string): number {
  return db.select().from(users).where(eq(users.name, name)).get()!.id;
}
