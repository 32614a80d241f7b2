import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { countTerms, listTerms } from '@/lib/db/queries/terms';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { deleteTerm } from '@/lib/services/delete-term';
import { ForbiddenError, ValidationError } from '@/lib/services/errors';
import { importTerms } from '@/lib/services/import-terms';
import { saveTerm } from '@/lib/services/save-term';
import { seedDemoTermbase } from '@/lib/services/seed-demo-termbase';
import { articleTestDb, auditActions } from './articles/setup';

let db: Db;
let editor: Actor;
let chief: Actor;
let admin: Actor;
beforeEach(() => {
  ({ db, editor, chief, admin } = articleTestDb());
});

const HEADER = 'en,ru,variants_en,variants_ru,forbidden_en,forbidden_ru,category,note';

describe('the termbase', () => {
  it('imports a CSV for the chief editor, replacing terms with the same English phrase', () => {
    importTerms(db, chief, { csv: `${HEADER}\nheroin,героин,,,,,drug,\nOsh,Ош,,,,,place,` });
    const report = importTerms(db, admin, { csv: `${HEADER}\nHEROIN,героин,,,,,drug,opiate\nBishkek,Бишкек,,,,,place,` });
    expect(report).toEqual({ added: 1, updated: 1 });
    expect(listTerms(db).map((t) => [t.en, t.note])).toEqual([
      ['Bishkek', ''],
      ['HEROIN', 'opiate'],
      ['Osh', ''],
    ]);
  });

  it('refuses a bad file whole, with line and reason, and stores nothing', () => {
    importTerms(db, chief, { csv: `${HEADER}\nheroin,героин,,,,,drug,` });
    let error: unknown;
    try {
      importTerms(db, chief, { csv: `${HEADER}\nOsh,Ош,,,,,place,\nBishkek,,,,,,place,\nX,Y,,,,,river,` });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ L3: 'required:ru', L4: 'category:category' });
    expect(listTerms(db).map((t) => t.en)).toEqual(['heroin']);
  });

  it('is managed by the chief editor and administrators only', () => {
    expect(() => importTerms(db, editor, { csv: `${HEADER}\nOsh,Ош,,,,,place,` })).toThrow(ForbiddenError);
    expect(() => saveTerm(db, editor, { en: 'Osh', ru: 'Ош', variantsEn: '', variantsRu: '', forbiddenEn: '', forbiddenRu: '', category: 'place', note: '' })).toThrow(ForbiddenError);
    expect(countTerms(db)).toBe(0);
  });

  it('saves, refuses a second term with the same English phrase, and deletes, audited', () => {
    const input = { en: 'Kyrgyzstan', ru: 'Кыргызстан', variantsEn: '', variantsRu: 'КР | Кыргызская Республика', forbiddenEn: '', forbiddenRu: 'Киргизия', category: 'place', note: '' } as const;
    const id = saveTerm(db, chief, input);
    expect(listTerms(db)[0]).toMatchObject({ id, variantsRu: ['КР', 'Кыргызская Республика'], forbiddenRu: ['Киргизия'] });
    expect(() => saveTerm(db, chief, { ...input, en: 'KYRGYZSTAN' })).toThrow(ValidationError);
    saveTerm(db, chief, { ...input, id, note: 'never Киргизия' });
    expect(listTerms(db)[0]!.note).toBe('never Киргизия');
    deleteTerm(db, admin, { id });
    expect(countTerms(db)).toBe(0);
    expect(auditActions(db, id, 'term' as 'article')).toEqual(['save_term', 'save_term', 'delete_term']);
  });

  it('seeds the demo termbase once', () => {
    expect(seedDemoTermbase(db)!.added).toBeGreaterThanOrEqual(60);
    expect(seedDemoTermbase(db)).toBeNull();
    expect(importTerms(db, SYSTEM_ACTOR, { csv: `${HEADER}\nOsh,Ош,,,,,place,` })).toEqual({ added: 0, updated: 1 });
  });
});
