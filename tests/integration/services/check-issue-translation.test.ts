import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { openDatabase, openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles, articleSources } from '@/lib/db/schema';
import { SYSTEM_ACTOR, userActor } from '@/lib/services/actor';
import { checkIssueTranslation } from '@/lib/services/check-issue-translation';
import { NotFoundError } from '@/lib/services/errors';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { seedReferenceData } from '@/lib/services/seed-reference-data';

function importJanuary(db: Db): void {
  seedReferenceData(db);
  for (const lang of ['en', 'ru']) {
    const file = `release-2024-01-${lang}.md`;
    applyReleaseImport(db, { id: null, label: 'test', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join('tests', 'fixtures', file)), fileName: file }] });
  }
}

function articleWithSource(db: Db, fragment: string) {
  const row = db.select({ id: articleSources.articleId }).from(articleSources).where(like(articleSources.url, `%${fragment}%`)).get()!;
  return db.select().from(articles).where(eq(articles.id, row.id)).get()!;
}

describe('the checks on the January 2024 editions as shipped', () => {
  const db = openMemoryDatabase();
  beforeAll(() => importJanuary(db));

  it('report at most 3 errors in the 26 articles: only the English title lost in conversion (docs/translation.md)', () => {
    const result = checkIssueTranslation(db, SYSTEM_ACTOR, { year: 2024, number: 1 });
    expect(result.articleCount).toBe(26);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeLessThanOrEqual(3);
    const untitled = articleWithSource(db, 'sng.fm/bishkek/31082');
    expect(errors.map((f) => [f.articleId, f.country, f.field, f.kind, f.message])).toEqual([[untitled.id, 'KG', 'title', 'untranslated', 'emptyEn']]);
    expect(errors[0]!.ru).toBe('КЫРГЫЗСТАН ПРОДОЛЖАЕТ БОРЬБУ С НЕЗАКОННЫМ РАСПРОСТРАНЕНИЕМ НАРКОТИКОВ');
  });

  it('find a number changed in one language of a real article, and a quantity', () => {
    const scratch = openMemoryDatabase();
    importJanuary(scratch);
    const target = scratch.select().from(articles).all().find((a) => a.bodyRu.includes('10773'))!;
    scratch.update(articles).set({ bodyRu: target.bodyRu.replace('10773', '10 733') }).where(eq(articles.id, target.id)).run();
    const karaganda = scratch.select().from(articles).all().find((a) => a.bodyRu.includes('50 килограммов'))!;
    scratch.update(articles).set({ bodyRu: karaganda.bodyRu.replace('50 килограммов', '5 килограммов') }).where(eq(articles.id, karaganda.id)).run();
    const errors = checkIssueTranslation(scratch, SYSTEM_ACTOR, { year: 2024, number: 1 }).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ articleId: target.id, kind: 'numbers', message: 'numberMismatch', values: { en: '10773', ru: '10 733' } }),
        expect.objectContaining({ articleId: karaganda.id, kind: 'units', message: 'unitMismatch', values: { en: '50 kilograms', ru: '5 килограммов' } }),
      ]),
    );
  });

  it('refuses an unknown issue and a visitor without a desk role', () => {
    expect(() => checkIssueTranslation(db, SYSTEM_ACTOR, { year: 2024, number: 2 })).toThrow(NotFoundError);
    expect(() => checkIssueTranslation(db, { id: null, label: 'anonymous', role: 'editor' }, { year: 2024, number: 1 })).toThrow();
    expect(checkIssueTranslation(db, userActor({ id: 1, email: 'e@example.org', role: 'editor' }), { year: 2024, number: 1 }).articleCount).toBe(26);
  });
});

describe('npm run check:translation', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-translation-'));
  const file = path.join(dir, 'desk.db');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-translation.ts', ...args], {
      env: { ...process.env, DATABASE_PATH: file },
      encoding: 'utf8',
    });

  beforeAll(() => {
    const db = openDatabase(file);
    importJanuary(db);
    db.$client.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the findings of every article as JSON and exits 0', () => {
    const result = run('--year', '2024', '--number', '1', '--json');
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual(expect.arrayContaining(['articleId', 'position', 'country', 'field', 'kind', 'severity', 'en', 'ru']));
    expect(rows.filter((r) => r.severity === 'error')).toEqual([expect.objectContaining({ country: 'KG', field: 'title', kind: 'untranslated' })]);
  }, 60_000);

  it('prints a readable list in the chosen language', () => {
    const result = run('--year', '2024', '--number', '1', '--lang', 'ru');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Issue #1\/2024: 26 articles, 1 error, \d+ warnings/);
    expect(result.stdout).toContain('Английский текст пуст.');
  }, 60_000);

  it('exits 2 with a clear message on bad arguments or an unknown issue', () => {
    const bad = run('--year', 'abc', '--number', '1');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('the year is required: a whole number');
    expect(bad.stderr).toContain('Usage: npm run check:translation');
    expect(run('--year', '2024', '--number', '1', '--colour').status).toBe(2);
    const unknown = run('--year', '2024', '--number', '9');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('There is no issue #9 of 2024.');
  }, 120_000);
});
