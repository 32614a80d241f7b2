import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { listIntakeTerms } from '@/lib/db/queries/intake-terms';
import { userActor } from '@/lib/services/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { addIntakeTerm } from '@/lib/services/intake/add-intake-term';
import { removeIntakeTerm } from '@/lib/services/intake/remove-intake-term';
import { createTestUser } from '@/tests/helpers/test-app';

function audit(db: Db): string[] {
  return (db.$client.prepare("select action from audit_log where entity = 'intake_term' order by id").all() as Array<{ action: string }>).map((r) => r.action);
}

async function setup() {
  const db = openMemoryDatabase();
  db.$client.prepare('delete from intake_terms').run(); // whatever a migration seeded: each test builds its own list
  return { db, chief: userActor(await createTestUser(db, 'chief')), editor: userActor(await createTestUser(db, 'editor')) };
}

describe('intake terms', () => {
  it('adds a word with its weight and removes it, the chief editor only, each audited', async () => {
    const { db, chief, editor } = await setup();
    const id = addIntakeTerm(db, chief, { language: 'ru', term: '  мефедрон ', weight: '3' });
    expect(listIntakeTerms(db)).toMatchObject([{ id, language: 'ru', term: 'мефедрон', weight: 3, createdBy: chief.id }]);
    expect(() => addIntakeTerm(db, editor, { language: 'ru', term: 'героин' })).toThrow(ForbiddenError);
    expect(() => removeIntakeTerm(db, editor, { id })).toThrow(ForbiddenError);
    removeIntakeTerm(db, chief, { id });
    expect(listIntakeTerms(db)).toEqual([]);
    expect(() => removeIntakeTerm(db, chief, { id })).toThrow(NotFoundError);
    expect(audit(db)).toEqual(['add_intake_term', 'remove_intake_term']);
  });

  it('refuses the same word twice in a language (any case), an empty word, a weight outside 1-10 and an unknown language', async () => {
    const { db, chief } = await setup();
    addIntakeTerm(db, chief, { language: 'ru', term: 'Героин' });
    const fields = (input: Parameters<typeof addIntakeTerm>[2]) => {
      try {
        addIntakeTerm(db, chief, input);
      } catch (error) {
        if (error instanceof ValidationError) return error.fields;
      }
      return null;
    };
    expect(fields({ language: 'ru', term: 'героин' })).toEqual({ term: 'duplicate' });
    expect(fields({ language: 'ru', term: '   ' })).toEqual({ term: 'required' });
    expect(Object.keys(fields({ language: 'ru', term: 'x', weight: 11 }) ?? {})).toEqual(['weight']);
    expect(Object.keys(fields({ language: 'ru', term: 'x', weight: '1.5' }) ?? {})).toEqual(['weight']);
    expect(fields({ language: 'xx' as never, term: 'x' })).toEqual({ language: 'required' });
    expect(addIntakeTerm(db, chief, { language: 'kk', term: 'героин' })).toBeGreaterThan(0); // another language: fine
    expect(listIntakeTerms(db)).toHaveLength(2);
  });
});
