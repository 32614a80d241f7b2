import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { findOutlet, listOutlets } from '@/lib/db/queries/outlets';
import { userActor, SYSTEM_ACTOR } from '@/lib/services/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { deleteOutlet } from '@/lib/services/intake/delete-outlet';
import { saveOutlet } from '@/lib/services/intake/save-outlet';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { insertTestItem } from '@/tests/helpers/intake-items';
import { createTestUser } from '@/tests/helpers/test-app';

/** The audit rows of the intake (the log is append-only; the setup's own rows are left out). */
function audit(db: Db): Array<{ action: string; entity: string; entity_id: string | null }> {
  return db.$client.prepare("select action, entity, entity_id from audit_log where entity in ('outlet', 'intake_item', 'intake_term') order by id").all() as never;
}

async function setup() {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  const chief = userActor(await createTestUser(db, 'chief'));
  const admin = userActor(await createTestUser(db, 'admin'));
  const editor = userActor(await createTestUser(db, 'editor'));
  return { db, chief, admin, editor };
}

const kaktus = { name: 'KAKTUSMEDIA', countryCode: 'kg', language: 'ru' as const, siteUrl: 'kaktus.media', feedUrl: 'https://kaktus.media/?rss', active: true };

function fieldsOf(run: () => unknown): Record<string, string> {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.fields;
    throw error;
  }
  throw new Error('no ValidationError');
}

describe('saveOutlet', () => {
  it('adds an outlet with normalised links and an upper-case country, and audits it', async () => {
    const { db, chief } = await setup();
    const row = saveOutlet(db, chief, kaktus);
    expect(row).toMatchObject({ name: 'KAKTUSMEDIA', countryCode: 'KG', siteUrl: 'https://kaktus.media/', feedUrl: 'https://kaktus.media/?rss', active: true });
    expect(audit(db)).toEqual([{ action: 'create_outlet', entity: 'outlet', entity_id: String(row.id) }]);
  });

  it('lets the chief editor, administrators and the operators\' command line manage outlets, refuses editors', async () => {
    const { db, admin, editor } = await setup();
    expect(saveOutlet(db, admin, kaktus).id).toBeGreaterThan(0);
    expect(() => saveOutlet(db, editor, { ...kaktus, name: 'OTHER', feedUrl: 'https://other.kg/rss' })).toThrow(ForbiddenError);
    expect(saveOutlet(db, SYSTEM_ACTOR, { ...kaktus, name: 'SYSTEM', feedUrl: 'https://system.kg/rss' }).id).toBeGreaterThan(0);
    expect(listOutlets(db).map((o) => o.name).sort()).toEqual(['KAKTUSMEDIA', 'SYSTEM']);
  });

  it('refuses non-web links, a name or feed already taken, an unknown country, and an active outlet without a feed', async () => {
    const { db, chief } = await setup();
    saveOutlet(db, chief, kaktus);
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'A', feedUrl: 'javascript:alert(1)' }))).toEqual({ feedUrl: 'url_scheme' });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'A', siteUrl: 'http://' }))).toEqual({ siteUrl: 'url_invalid' });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'kaktusmedia', feedUrl: '', active: false }))).toEqual({ name: 'taken' });
    saveOutlet(db, chief, { ...kaktus, name: 'МВД.РФ', feedUrl: '', active: false });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'мвд.рф', feedUrl: '', active: false }))).toEqual({ name: 'taken' });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'B' }))).toEqual({ feedUrl: 'feed_taken' });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'C', feedUrl: '', active: false, countryCode: 'QQ' }))).toEqual({ countryCode: 'unknown' });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: 'D', feedUrl: '' }))).toEqual({ feedUrl: 'feed_required' });
    expect(fieldsOf(() => saveOutlet(db, chief, { ...kaktus, name: '  ', language: 'xx' as never }))).toMatchObject({ name: 'required', language: 'required' });
    expect(listOutlets(db)).toHaveLength(2);
    expect(audit(db)).toHaveLength(2);
  });

  it('changes an outlet; a new feed forgets the old one\'s validators and back-off; turning it off is audited as deactivation', async () => {
    const { db, chief } = await setup();
    const { id } = saveOutlet(db, chief, kaktus);
    db.$client.prepare("update outlets set etag = 'x', failure_count = 3, last_error = 'timeout' where id = ?").run(id);
    saveOutlet(db, chief, { ...kaktus, id, feedUrl: 'https://kaktus.media/feed.xml' });
    expect(findOutlet(db, id)).toMatchObject({ feedUrl: 'https://kaktus.media/feed.xml', etag: null, failureCount: 0, lastError: null });
    saveOutlet(db, chief, { ...kaktus, id, feedUrl: 'https://kaktus.media/feed.xml', active: false });
    expect(audit(db).map((a) => a.action)).toEqual(['create_outlet', 'update_outlet', 'deactivate_outlet']);
    expect(() => saveOutlet(db, chief, { ...kaktus, id: 999 })).toThrow(NotFoundError);
  });
});

describe('deleteOutlet', () => {
  it('deletes an outlet nothing came from, and deactivates one that brought items (they keep it)', async () => {
    const { db, chief } = await setup();
    const unused = saveOutlet(db, chief, { ...kaktus, name: 'UNUSED', feedUrl: '', active: false });
    const used = saveOutlet(db, chief, kaktus);
    const item = insertTestItem(db, { url: 'https://kaktus.media/doc/1.html', title: 'Героин', outletId: used.id });
    expect(deleteOutlet(db, chief, { id: unused.id })).toEqual({ outcome: 'deleted', items: 0 });
    expect(findOutlet(db, unused.id)).toBeUndefined();
    expect(deleteOutlet(db, chief, { id: used.id })).toEqual({ outcome: 'deactivated', items: 1 });
    expect(findOutlet(db, used.id)).toMatchObject({ active: false });
    expect(db.$client.prepare('select outlet_id from intake_items where id = ?').get(item)).toEqual({ outlet_id: used.id });
    expect(audit(db).slice(-2).map((a) => a.action)).toEqual(['delete_outlet', 'deactivate_outlet']);
  });

  it('refuses editors and unknown outlets', async () => {
    const { db, chief, editor } = await setup();
    const { id } = saveOutlet(db, chief, kaktus);
    expect(() => deleteOutlet(db, editor, { id })).toThrow(ForbiddenError);
    expect(() => deleteOutlet(db, chief, { id: 999 })).toThrow(NotFoundError);
    expect(() => deleteOutlet(db, chief, { id: 'x' as never })).toThrow(ValidationError);
    expect(findOutlet(db, id)).toBeDefined();
  });
});
