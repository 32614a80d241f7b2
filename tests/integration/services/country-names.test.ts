import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { countries } from '@/lib/db/schema';
import { findCountry } from '@/lib/db/queries/countries';
import { userActor } from '@/lib/services/actor';
import { updateCountry } from '@/lib/services/update-country';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { loadCountryEditor } from '@/lib/services/load-country-editor';
import { ForbiddenError } from '@/lib/services/errors';
import { createTestUser } from '@/tests/helpers/test-app';

const namesOf = (db: Db, code: string) => {
  const c = findCountry(db, code)!;
  return { code: c.code, shortEn: c.shortEn, shortRu: c.shortRu, headingEn: c.headingEn, headingRu: c.headingRu, isMember: c.isMember, memberOrder: c.memberOrder };
};

/** A countries row as the seeding wrote it before this change: the ISO name as short name, no origins. */
function makeLegacy(db: Db, code: string, values: Partial<typeof countries.$inferInsert>) {
  db.update(countries)
    .set({ shortEnOrigin: null, shortRuOrigin: null, headingEnOrigin: null, headingRuOrigin: null, ...values })
    .where(eq(countries.code, code))
    .run();
}

describe('country names and where they came from', () => {
  it('seeds every country with its names and their origins', () => {
    const db = openMemoryDatabase();
    expect(seedReferenceData(db).countriesAdded).toBe(250);
    expect(findCountry(db, 'IR')).toMatchObject({
      shortEn: 'Iran',
      shortEnOrigin: 'library_alias',
      shortRu: 'Иран',
      headingEn: 'ISLAMIC REPUBLIC OF IRAN',
      headingEnOrigin: 'repository',
      headingRu: 'ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН',
    });
    expect(findCountry(db, 'MD')).toMatchObject({ shortRu: 'Молдова', shortRuOrigin: 'repository' });
    expect(seedReferenceData(db)).toEqual({ countriesAdded: 0, countriesRenamed: 0, organisationAdded: false });
  });

  it('lets a chief editor rename a country, marks the name as a person\'s, and the seeding keeps it', async () => {
    const db = openMemoryDatabase();
    const chief = userActor(await createTestUser(db, 'chief'));
    updateCountry(db, chief, { ...namesOf(db, 'IR'), shortEn: 'I.R. Iran' });
    expect(findCountry(db, 'IR')).toMatchObject({ shortEn: 'I.R. Iran', shortEnOrigin: 'person', shortRuOrigin: 'library_name' });
    seedReferenceData(db);
    expect(findCountry(db, 'IR')).toMatchObject({ shortEn: 'I.R. Iran', shortEnOrigin: 'person' });
    // Back to the shipped name: it follows the reference data again.
    updateCountry(db, chief, { ...namesOf(db, 'IR'), shortEn: 'Iran' });
    expect(findCountry(db, 'IR')).toMatchObject({ shortEn: 'Iran', shortEnOrigin: 'library_alias' });
  });

  it('gives an existing database the new names, except those a person edited before origins were kept', async () => {
    const db = openMemoryDatabase();
    const admin = userActor(await createTestUser(db, 'admin'));
    // A database seeded the old way: Iran under its official name, Moldova as «Молдавия».
    makeLegacy(db, 'IR', { shortEn: 'Islamic Republic of Iran', headingEn: 'ISLAMIC REPUBLIC OF IRAN', headingRu: 'ИРАН' });
    makeLegacy(db, 'MD', { shortEn: 'Moldova, Republic of', shortRu: 'Молдавия', headingRu: 'МОЛДАВИЯ' });
    // ... where an administrator once changed Moldova's Russian short name by hand (the audit log says so).
    updateCountry(db, admin, { ...namesOf(db, 'MD'), shortRu: 'Республика Молдавия' });
    makeLegacy(db, 'MD', {});

    const result = seedReferenceData(db);
    expect(result.countriesRenamed).toBe(2);
    expect(findCountry(db, 'IR')).toMatchObject({
      shortEn: 'Iran',
      shortEnOrigin: 'library_alias',
      headingRu: 'ИСЛАМСКАЯ РЕСПУБЛИКА ИРАН',
      headingRuOrigin: 'repository',
    });
    expect(findCountry(db, 'MD')).toMatchObject({
      shortEn: 'Moldova',
      shortEnOrigin: 'repository',
      shortRu: 'Республика Молдавия',
      shortRuOrigin: 'person',
      headingRu: 'РЕСПУБЛИКА МОЛДОВА',
    });
    expect(findCountry(db, 'KZ')).toMatchObject({ isMember: true, memberOrder: 1 });
  });

  it('shows each name with its origin and the shipped name where a person changed it', async () => {
    const db = openMemoryDatabase();
    const chief = userActor(await createTestUser(db, 'chief'));
    const admin = userActor(await createTestUser(db, 'admin'));
    const editor = userActor(await createTestUser(db, 'editor'));
    updateCountry(db, chief, { ...namesOf(db, 'PK'), headingEn: 'PAKISTAN' });
    const view = loadCountryEditor(db, chief, 'pk')!;
    expect(view.names.headingEn).toEqual({ value: 'PAKISTAN', origin: 'person', reference: 'ISLAMIC REPUBLIC OF PAKISTAN' });
    expect(view.names.shortEn).toEqual({ value: 'Pakistan', origin: 'library_name', reference: null });
    expect(view.canEditMembership).toBe(false);
    expect(loadCountryEditor(db, admin, 'PK')!.canEditMembership).toBe(true);
    expect(loadCountryEditor(db, chief, 'P1')).toBeUndefined();
    expect(() => loadCountryEditor(db, editor, 'PK')).toThrow(ForbiddenError);
  });
});
