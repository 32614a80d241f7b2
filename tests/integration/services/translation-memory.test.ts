import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { countUnits, listUnitsOfArticle } from '@/lib/db/queries/translation-units';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { ForbiddenError } from '@/lib/services/errors';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { importTerms } from '@/lib/services/import-terms';
import { lookupTranslationMemory } from '@/lib/services/lookup-translation-memory';
import { rebuildTranslationMemory } from '@/lib/services/rebuild-translation-memory';
import { seedDemoTermbase } from '@/lib/services/seed-demo-termbase';
import { transitionArticle } from '@/lib/services/transition-article';
import { articleTestDb, auditActions, readyArticle } from './articles/setup';

let db: Db;
let editor: Actor;
let chief: Actor;
let admin: Actor;

beforeEach(() => {
  ({ db, editor, chief, admin } = articleTestDb());
});

const TERMS = `en,ru,variants_en,variants_ru,forbidden_en,forbidden_ru,category,note
Zhambyl region,Жамбылская область,,,,,place,
Almaty region,Алматинская область,,,,,place,
hashish,гашиш,,,,,drug,
heroin,героин,,,,,drug,
`;

function approvedSeizure() {
  const a = readyArticle(db, editor, {
    titleEn: 'POLICE SEIZED HEROIN IN ALMATY REGION',
    titleRu: 'В АЛМАТИНСКОЙ ОБЛАСТИ ПОЛИЦИЯ ИЗЪЯЛА ГЕРОИН',
    bodyEn: 'Police officers seized 15 kg of heroin from two couriers in Almaty region. A criminal case was opened.',
    bodyRu: 'В Алматинской области полицейские изъяли у двух курьеров 15 кг героина. Возбуждено уголовное дело.',
  });
  transitionArticle(db, editor, { id: a.id, transition: 'submit' });
  return a;
}

describe('filling the memory', () => {
  it('adds the units of an article when it is approved, not before', () => {
    const a = approvedSeizure();
    expect(listUnitsOfArticle(db, a.id)).toHaveLength(0);
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    const units = listUnitsOfArticle(db, a.id);
    // title, digest, one paragraph pair and its two sentence pairs
    expect(units.map((u) => [u.field, u.sentence])).toEqual([
      ['title', null],
      ['digest', null],
      ['body', null],
      ['body', 0],
      ['body', 1],
    ]);
    expect(units.every((u) => u.approved)).toBe(true);
    expect(units[3]).toMatchObject({ en: 'Police officers seized 15 kg of heroin from two couriers in Almaty region.', ru: 'В Алматинской области полицейские изъяли у двух курьеров 15 кг героина.' });
  });

  it('fills nothing when the approval is refused', () => {
    const a = approvedSeizure();
    expect(() => transitionArticle(db, editor, { id: a.id, transition: 'approve' })).toThrow(ForbiddenError);
    expect(countUnits(db)).toBe(0);
  });

  it('fills the memory from the two January 2024 editions when they are imported', () => {
    seedDemoTermbase(db);
    const dir = path.join(process.cwd(), 'tests', 'fixtures');
    applyReleaseImport(db, { id: null, label: 'test', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join(dir, 'release-2024-01-en.md')), fileName: 'en.md' }] });
    const afterOne = countUnits(db);
    applyReleaseImport(db, { id: null, label: 'test', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join(dir, 'release-2024-01-ru.md')), fileName: 'ru.md' }] });
    expect(afterOne).toBe(0); // one language only: nothing to pair yet
    expect(countUnits(db)).toBeGreaterThan(100);

    const [result] = lookupTranslationMemory(db, editor, {
      articleId: null,
      from: 'en',
      segments: [{ id: 'p', text: 'Police officers of Karaganda region held a meeting with schoolchildren about the dangers of drug addiction.' }],
    });
    expect(result!.suggestions.length).toBeGreaterThan(0);
    expect(result!.suggestions[0]!.provenance).toMatchObject({ issueYear: 2024, issueNumber: 1 });
    expect(result!.suggestions[0]!.text).toMatch(/[а-я]/);
  });

  it('rebuilds the same memory from the articles, audited', () => {
    const a = approvedSeizure();
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
    const before = countUnits(db);
    expect(rebuildTranslationMemory(db, SYSTEM_ACTOR)).toEqual({ articles: 1, units: before });
    expect(countUnits(db)).toBe(before);
    expect(() => rebuildTranslationMemory(db, editor)).toThrow(ForbiddenError);
    expect(rebuildTranslationMemory(db, admin).units).toBe(before);
    expect(auditActions(db, a.id)).toContain('article_approve');
  });
});

describe('looking up the memory', () => {
  beforeEach(() => {
    importTerms(db, SYSTEM_ACTOR, { csv: TERMS });
    const a = approvedSeizure();
    transitionArticle(db, chief, { id: a.id, transition: 'approve' });
  });

  it('scores a seizure with other numbers and names highly and puts the current values into the suggestion', () => {
    const [result] = lookupTranslationMemory(db, editor, {
      articleId: null,
      from: 'en',
      segments: [{ id: 'p0', text: 'Police officers seized 12 kg of hashish from two couriers in Zhambyl region.' }],
    });
    const best = result!.suggestions[0]!;
    expect(best.percent).toBeGreaterThanOrEqual(90);
    expect(best.low).toBe(false);
    expect(best.text).toBe('В Жамбылской области полицейские изъяли у двух курьеров 12 кг гашиша.');
    expect(best.source).toBe('Police officers seized 15 kg of heroin from two couriers in Almaty region.');
    expect(best.diff.some((d) => d.added && d.text.includes('12'))).toBe(true);
    expect(best.approved).toBe(true);
    expect(best.provenance.articleTitle).toBe('POLICE SEIZED HEROIN IN ALMATY REGION');
  });

  it('works from Russian to English too', () => {
    const [result] = lookupTranslationMemory(db, editor, {
      articleId: null,
      from: 'ru',
      segments: [{ id: 't', text: 'В Жамбылской области полицейские изъяли у двух курьеров 12 кг гашиша.' }],
    });
    expect(result!.suggestions[0]!.text).toBe('Police officers seized 12 kg of hashish from two couriers in Zhambyl region.');
  });

  it('always shows the best match, marked low below 60 %, and at most three', () => {
    const [result] = lookupTranslationMemory(db, editor, {
      articleId: null,
      from: 'en',
      segments: [{ id: 'x', text: 'Customs officers found nothing at the border crossing with two couriers.' }],
    });
    expect(result!.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(result!.suggestions.length).toBeLessThanOrEqual(3);
    expect(result!.suggestions[0]!.low).toBe(result!.suggestions[0]!.percent < 60);
    expect(result!.suggestions.slice(1).every((s) => s.percent >= 60)).toBe(true);
  });

  it('does not suggest an article its own text', () => {
    const own = listUnitsOfArticle(db, 1)[0]!;
    const [result] = lookupTranslationMemory(db, editor, { articleId: own.articleId, from: 'en', segments: [{ id: 't', text: own.en }] });
    expect(result!.suggestions).toEqual([]);
  });

  it('refuses the system actor and bad input', () => {
    expect(() => lookupTranslationMemory(db, SYSTEM_ACTOR, { articleId: null, from: 'en', segments: [] })).toThrow(ForbiddenError);
    expect(() => lookupTranslationMemory(db, editor, { articleId: null, from: 'de' as 'en', segments: [] })).toThrow(/Invalid/);
  });
});
