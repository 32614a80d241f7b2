import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, openMemoryDatabase, type Db } from '@/lib/db/client';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { findCountry, listCountries, listCountryOptions } from '@/lib/db/queries/countries';
import { userActor } from '@/lib/services/actor';
import { updateOrganisation, type OrganisationInput } from '@/lib/services/update-organisation';
import { updateCountry } from '@/lib/services/update-country';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { createTestUser } from '@/tests/helpers/test-app';

function lastAudit(db: Db) {
  return db.$client.prepare('select action, entity, entity_id, details from audit_log order by id desc limit 1').get() as {
    action: string;
    entity: string;
    entity_id: string;
    details: string;
  };
}

function organisationInput(db: Db): OrganisationInput {
  const { id: _id, updatedAt: _u, ...rest } = getOrganisation(db);
  return rest;
}

describe('updateOrganisation', () => {
  it('saves the settings and audits the changed fields with their old values', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    const input = { ...organisationInput(db), placeEn: '  Astana ', placeRu: 'Астана', website: 'https://caricc.org' };
    const saved = updateOrganisation(db, admin, input);
    expect(saved).toMatchObject({ placeEn: 'Astana', placeRu: 'Астана', website: 'https://caricc.org' });
    const audit = lastAudit(db);
    expect(audit).toMatchObject({ action: 'update_organisation', entity: 'organisation' });
    expect(JSON.parse(audit.details)).toEqual({
      changed: ['placeEn', 'placeRu', 'website'],
      before: { placeEn: 'Almaty', placeRu: 'Алматы', website: 'www.caricc.org' },
    });
  });

  it('refuses empty names, a bad e-mail and letters in the phone, naming each field', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    const bad = { ...organisationInput(db), nameRu: '  ', email: 'not an address', phone: 'call us' };
    try {
      updateOrganisation(db, admin, bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields).sort()).toEqual(['email', 'nameRu', 'phone']);
    }
    expect(getOrganisation(db).nameRu).not.toBe('');
  });

  it('is refused to chief editors and editors', async () => {
    const db = openMemoryDatabase();
    for (const role of ['chief', 'editor'] as const) {
      const actor = userActor(await createTestUser(db, role));
      expect(() => updateOrganisation(db, actor, { ...organisationInput(db), placeEn: 'Nowhere' })).toThrow(ForbiddenError);
    }
    expect(getOrganisation(db).placeEn).toBe('Almaty');
  });
});

describe('updateCountry', () => {
  const china = (db: Db) => {
    const c = findCountry(db, 'CN')!;
    return { code: c.code, shortEn: c.shortEn, shortRu: c.shortRu, headingEn: c.headingEn, headingRu: c.headingRu, isMember: c.isMember, memberOrder: c.memberOrder };
  };

  it('makes a country a member at a free position and renames its heading', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    updateCountry(db, admin, { ...china(db), isMember: true, memberOrder: 8, headingRu: 'КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА' });
    expect(findCountry(db, 'CN')).toMatchObject({ isMember: true, memberOrder: 8, headingRu: 'КИТАЙСКАЯ НАРОДНАЯ РЕСПУБЛИКА' });
    expect(listCountries(db, { membersOnly: true }).map((c) => c.code)).toEqual(['KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ', 'AZ', 'CN']);
    expect(lastAudit(db)).toMatchObject({ action: 'update_country', entity: 'country', entity_id: 'CN' });
  });

  it('refuses a position another member holds, and a member without position', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    expect(() => updateCountry(db, admin, { ...china(db), isMember: true, memberOrder: 1 })).toThrow(ValidationError);
    expect(() => updateCountry(db, admin, { ...china(db), isMember: true, memberOrder: null })).toThrow(ValidationError);
    expect(findCountry(db, 'CN')!.isMember).toBe(false);
  });

  it('drops the position of a country that stops being a member', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    const az = findCountry(db, 'AZ')!;
    updateCountry(db, admin, { ...az, isMember: false, memberOrder: 7 });
    expect(findCountry(db, 'AZ')).toMatchObject({ isMember: false, memberOrder: null });
  });

  it('refuses empty names, unknown countries, editors, and membership changes by a chief editor', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    const chief = userActor(await createTestUser(db, 'chief'));
    const editor = userActor(await createTestUser(db, 'editor'));
    expect(() => updateCountry(db, admin, { ...china(db), shortRu: '' })).toThrow(ValidationError);
    expect(() => updateCountry(db, admin, { ...china(db), code: 'XX' })).toThrow(NotFoundError);
    expect(() => updateCountry(db, editor, { ...china(db), shortEn: 'PRC' })).toThrow(ForbiddenError);
    expect(() => updateCountry(db, chief, { ...china(db), shortEn: 'PRC', isMember: true, memberOrder: 8 })).toThrow(ForbiddenError);
    expect(findCountry(db, 'CN')).toMatchObject({ shortEn: 'China', isMember: false });
  });
});

describe('listCountries', () => {
  it('finds a country by any of its names, ignoring case in Cyrillic too', async () => {
    const db = openMemoryDatabase();
    await createTestUser(db, 'admin');
    expect(listCountries(db).length).toBeGreaterThan(240);
    expect(listCountries(db, { search: 'кыргыз' }).map((c) => c.code)).toContain('KG');
    expect(listCountries(db, { search: 'РЕСПУБЛИКА тадж' }).map((c) => c.code)).toEqual(['TJ']);
    expect(listCountries(db, { search: 'uz' }).map((c) => c.code)).toContain('UZ');
    expect(listCountries(db, { search: '100%' })).toEqual([]);
  });
});

describe('listCountryOptions', () => {
  const option = (db: Db, lang: 'en' | 'ru', code: string) => listCountryOptions(db, lang).find((c) => c.code === code);

  it('is the same list on every call until an administrator edits a country, then the edited one', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    const before = listCountryOptions(db, 'en');
    expect(listCountryOptions(db, 'en')).toBe(before);
    expect(before.slice(0, 6).map((c) => c.code)).toEqual(['KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ']);
    expect(option(db, 'ru', 'CN')).toEqual({ code: 'CN', name: 'Китай', isMember: false });

    const cn = findCountry(db, 'CN')!;
    updateCountry(db, admin, { ...cn, shortEn: 'PR China', shortRu: 'КНР', isMember: true, memberOrder: 8 });
    expect(listCountryOptions(db, 'en')).not.toBe(before);
    expect(option(db, 'en', 'CN')).toEqual({ code: 'CN', name: 'PR China', isMember: true });
    expect(option(db, 'ru', 'CN')).toEqual({ code: 'CN', name: 'КНР', isMember: true });
    expect(listCountryOptions(db, 'en').filter((c) => c.isMember).at(-1)!.code).toBe('CN');
  });

  it('sees a change committed by another connection (a script, another server process)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'country-options-'));
    const file = path.join(dir, 'db.sqlite');
    const server = openDatabase(file);
    const script = openDatabase(file);
    try {
      const admin = userActor(await createTestUser(script, 'admin'));
      expect(option(server, 'en', 'CN')!.name).toBe('China');
      updateCountry(script, admin, { ...findCountry(script, 'CN')!, shortEn: 'PR China' });
      expect(option(server, 'en', 'CN')!.name).toBe('PR China');
    } finally {
      server.$client.close();
      script.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
