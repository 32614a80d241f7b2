import fs from 'node:fs';
import path from 'node:path';
import { JANUARY_PER_COUNTRY } from '@/tests/helpers/january-release';
import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles, articleSources, auditLog, issueArticles, issues, releaseImports } from '@/lib/db/schema';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { ImportError } from '@/lib/services/release-import/import-error';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures');
const EN_FILE = 'release-2024-01-en.md';
const RU_FILE = 'release-2024-01-ru.md';
const readFixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const bytesOf = (text: string) => new TextEncoder().encode(text);
const SNG = 'sng.fm/bishkek/31082';

let db: Db;
beforeEach(() => {
  db = openMemoryDatabase();
  seedReferenceData(db);
});

function importText(text: string, fileName: string) {
  return applyReleaseImport(db, { id: null, label: 'test@example.org', role: 'system' }, { files: [{ bytes: bytesOf(text), fileName }] }).editions[0]!;
}
const importFixture = (name: string) => importText(readFixture(name), name);

/** Row count of every table: what "nothing stored" is checked against. */
function rowCounts(): Record<string, number> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]),
  );
}

/** Row counts without the derived tables: the translation memory and the search index (kept by triggers). */
function withoutMemory(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([table]) => !table.startsWith('translation_units') && !table.startsWith('article_search')));
}

function issueOrder(issueId: number) {
  return db
    .select({ id: articles.id, country: articles.countryCode, titleEn: articles.titleEn, titleRu: articles.titleRu, untitled: articles.untitled })
    .from(issueArticles)
    .innerJoin(articles, eq(articles.id, issueArticles.articleId))
    .where(eq(issueArticles.issueId, issueId))
    .orderBy(asc(issueArticles.position))
    .all();
}

function articleWithSource(issueId: number, fragment: string) {
  const row = db
    .select({ id: articleSources.articleId, url: articleSources.url })
    .from(articleSources)
    .innerJoin(issueArticles, eq(issueArticles.articleId, articleSources.articleId))
    .where(eq(issueArticles.issueId, issueId))
    .all()
    .find((r) => r.url.includes(fragment))!;
  return db.select().from(articles).where(eq(articles.id, row.id)).get()!;
}

function expectImportError(run: () => unknown, message: RegExp): ImportError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  expect((caught as ImportError).message).toMatch(message);
  return caught as ImportError;
}

const PER_COUNTRY = JANUARY_PER_COUNTRY;

describe('importRelease', () => {
  it('creates the issue, its approved articles, sources, order, summary override and import record from the English edition', () => {
    const before = rowCounts();
    const report = importFixture(EN_FILE);
    expect(report).toMatchObject({ status: 'created', year: 2024, number: 1, lang: 'en', articleCount: 26, perCountry: PER_COUNTRY });
    expect(report.warnings).toEqual([{ line: 329, message: expect.stringContaining('imported as untitled') }]);

    const after = rowCounts();
    expect(after.issues! - before.issues!).toBe(1);
    expect(after.articles! - before.articles!).toBe(26);
    expect(after.article_sources! - before.article_sources!).toBe(26);
    expect(after.issue_articles! - before.issue_articles!).toBe(26);
    expect(after.release_imports! - before.release_imports!).toBe(1);

    const issue = db.select().from(issues).where(eq(issues.id, report.issueId)).get()!;
    expect(issue).toMatchObject({
      year: 2024,
      number: 1,
      periodStart: '2024-01-01',
      periodEnd: '2024-01-31',
      placeEn: 'Almaty',
      placeRu: 'Алматы', // the organisation's place for the other language
      status: 'draft',
      summaryDigestRu: null,
    });
    expect(issue.summaryDigestEn).toMatch(/^Published articles include information about/);

    const positions = db.select().from(issueArticles).where(eq(issueArticles.issueId, issue.id)).orderBy(asc(issueArticles.position)).all();
    expect(positions.map((p) => p.position)).toEqual([...Array(26).keys()]);
    const rows = db.select().from(articles).all();
    expect(rows.every((a) => a.status === 'approved' && a.eventDate === '2024-01-01' && a.titleRu === '' && a.bodyRu === '' && a.bodyEn !== '')).toBe(true);
    expect(rows.filter((a) => a.untitled).map((a) => a.countryCode)).toEqual(['KG']);
    expect(rows.filter((a) => a.outlet).map((a) => a.outlet)).toEqual(['KAKTUSMEDIA']);
    const order = issueOrder(issue.id);
    expect(order[0]!.titleEn).toBe('POLICE OFFICERS CARRIED OUT COUNTER-NARCOTICS TRAINING IN MILITARY UNITS IN ZHETISU');
    expect(order.map((a) => a.country).join(',')).toBe(PER_COUNTRY.flatMap((c) => Array(c.count).fill(c.code)).join(','));

    const imported = db.select().from(releaseImports).all();
    expect(imported).toMatchObject([{ issueId: issue.id, lang: 'en', fileName: EN_FILE }]);
    expect(imported[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'import_release')).all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'test@example.org', entity: 'issue', entityId: String(issue.id) });
    expect(audit[0]!.details).toMatchObject({ status: 'created', lang: 'en', articleCount: 26, articlesCreated: 26 });
  });

  it('changes nothing when the same file is imported again', () => {
    const first = importFixture(EN_FILE);
    const before = rowCounts();
    const again = importFixture(EN_FILE);
    expect(again).toMatchObject({ status: 'unchanged', issueId: first.issueId, articleCount: 26 });
    expect(rowCounts()).toEqual(before);
  });

  it('fills the Russian side of the same 26 articles from the Russian edition', () => {
    const en = importFixture(EN_FILE);
    const idsBefore = issueOrder(en.issueId).map((a) => a.id);
    const countsBefore = rowCounts();
    const ru = importFixture(RU_FILE);
    expect(ru).toMatchObject({ status: 'filled', issueId: en.issueId, lang: 'ru', articleCount: 26, perCountry: PER_COUNTRY });
    expect(ru.warnings).toEqual([]);

    const order = issueOrder(en.issueId);
    expect(order.map((a) => a.id)).toEqual(idsBefore);
    expect(order.every((a) => a.titleRu !== '')).toBe(true);
    expect(order[0]!.titleRu).toBe('В ВОИНСКИХ ЧАСТЯХ ЖЕТЫСУ ПОЛИЦЕЙСКИЕ ПРОВЕЛИ ЗАНЯТИЯ НА АНТИНАРКОТИЧЕСКУЮ ТЕМАТИКУ');
    const after = rowCounts();
    // Both languages are in: the translation memory fills (its own test: translation-memory.test.ts).
    expect(after.translation_units).toBeGreaterThan(0);
    expect(withoutMemory(after)).toEqual(withoutMemory({ ...countsBefore, release_imports: countsBefore.release_imports! + 1, audit_log: countsBefore.audit_log! + 1 }));

    const kyrgyz = articleWithSource(en.issueId, SNG);
    expect(kyrgyz).toMatchObject({
      titleEn: '',
      titleRu: 'КЫРГЫЗСТАН ПРОДОЛЖАЕТ БОРЬБУ С НЕЗАКОННЫМ РАСПРОСТРАНЕНИЕМ НАРКОТИКОВ',
      untitled: true, // the English text lost it: the flag stays until an editor supplies the title
    });
    expect(kyrgyz.bodyRu).toMatch(/^Кыргызстан продолжает/);
    const issue = db.select().from(issues).where(eq(issues.id, en.issueId)).get()!;
    expect(issue.placeRu).toBe('Алматы');
    expect(issue.summaryDigestRu).toMatch(/^Опубликованные материалы содержат информацию о/);
    expect(issue.summaryDigestEn).toMatch(/^Published articles/);
  });

  it('works the other way round: Russian first, then English', () => {
    const ru = importFixture(RU_FILE);
    expect(ru.status).toBe('created');
    const idsBefore = issueOrder(ru.issueId).map((a) => a.id);
    expect(articleWithSource(ru.issueId, SNG).untitled).toBe(false);
    const issue = db.select().from(issues).where(eq(issues.id, ru.issueId)).get()!;
    expect(issue).toMatchObject({ placeRu: 'Алматы', placeEn: 'Almaty' });

    const en = importFixture(EN_FILE);
    expect(en.status).toBe('filled');
    const order = issueOrder(ru.issueId);
    expect(order.map((a) => a.id)).toEqual(idsBefore);
    expect(order.filter((a) => a.titleEn === '').length).toBe(1);
    expect(articleWithSource(ru.issueId, SNG)).toMatchObject({ titleEn: '', untitled: true });
    expect(db.select().from(articles).all()).toHaveLength(26);
  });

  it('stores nothing when the text has errors', () => {
    const before = rowCounts();
    const bad = readFixture(EN_FILE).replace('\nBELARUS\n', '\nREPUBLIC OF ATLANTIS\n');
    const error = expectImportError(() => importText(bad, 'bad.md'), /unknown country heading «REPUBLIC OF ATLANTIS»/);
    expect(error.issues).toEqual([
      expect.objectContaining({ line: 529, message: expect.stringMatching(/^unknown country heading «REPUBLIC OF ATLANTIS»; closest countries: /) }),
    ]);
    expect(error.message).toContain('line 529: unknown country heading «REPUBLIC OF ATLANTIS»');
    expectImportError(() => importText('   \n', 'blank.md'), /the file is empty/);
    expect(rowCounts()).toEqual(before);
  });

  it('refuses binary files', () => {
    const before = rowCounts();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xd8, 0x00, 0x00]);
    expectImportError(() => applyReleaseImport(db, { id: null, label: 'cli', role: 'system' }, { files: [{ bytes: png, fileName: 'photo.png' }] }), /photo\.png is not a UTF-8 text file/);
    const nul = expectImportError(() => importText('#1\n\u0000\u0000', 'nul.md'), /control character U\+0000/);
    expect(nul.issues[0]!.line).toBe(2);
    expect(rowCounts()).toEqual(before);
  });

  it('rolls everything back when a write fails half-way', () => {
    const before = rowCounts();
    db.$client.exec("create trigger fail_import before insert on release_imports begin select raise(abort, 'disk full'); end");
    expect(() => importFixture(EN_FILE)).toThrow(/disk full/);
    expect(rowCounts()).toEqual(before);
  });

  it('refuses another text for an edition already imported', () => {
    importFixture(EN_FILE);
    const before = rowCounts();
    const edited = readFixture(EN_FILE).replace('Police officers will continue to work in this direction.', 'Police will go on.');
    expectImportError(
      () => importText(edited, 'release-2024-01-en-v2.md'),
      /issue #1\/2024 already has an English edition imported from release-2024-01-en\.md/,
    );
    expect(rowCounts()).toEqual(before);
  });

  it('refuses to import into a published issue', () => {
    const en = importFixture(EN_FILE);
    db.update(issues).set({ status: 'published' }).where(eq(issues.id, en.issueId)).run();
    const before = rowCounts();
    expectImportError(() => importFixture(RU_FILE), /issue #1\/2024 is published/);
    expect(rowCounts()).toEqual(before);
    expect(db.select().from(articles).all().every((a) => a.titleRu === '')).toBe(true);
  });

  it('reports an article without counterpart and one the edition lacks, never pairing them by position', () => {
    const en = importFixture(EN_FILE);
    const belarus = articleWithSource(en.issueId, 'belta.by');
    const china = articleWithSource(en.issueId, 'eadaily.com');
    const ru = readFixture(RU_FILE);
    const belarusStart = ru.indexOf('\nБЕЛАРУСЬ\n');
    const backCover = ru.indexOf('Центральноазиатский региональный информационный координационный', belarusStart);
    const extra = [
      '',
      '**В ПЕКИНЕ ОБСУДИЛИ КОНТРОЛЬ НАД ПРЕКУРСОРАМИ**',
      '',
      'Стороны обсудили контроль над прекурсорами.',
      '',
      '<https://example.cn/precursors>',
      '',
      '',
    ].join('\n');
    const edition = ru.slice(0, belarusStart) + '\n' + extra + ru.slice(backCover);
    const extraLine = edition.split('\n').indexOf('**В ПЕКИНЕ ОБСУДИЛИ КОНТРОЛЬ НАД ПРЕКУРСОРАМИ**') + 1;

    const report = importText(edition, 'release-2024-01-ru-edited.md');
    expect(report.status).toBe('filled');
    expect(report.warnings).toEqual([
      {
        line: extraLine,
        message: 'article «В ПЕКИНЕ ОБСУДИЛИ КОНТРОЛЬ НАД ПРЕКУРСОРАМИ» has no counterpart in the English edition (no shared source link): added as a new article',
        code: 'no_counterpart',
        params: { title: '«В ПЕКИНЕ ОБСУДИЛИ КОНТРОЛЬ НАД ПРЕКУРСОРАМИ»', country: 'CN' },
      },
      {
        line: 0,
        message: expect.stringMatching(new RegExp(`^article #${belarus.id} «NIO: ALL PARTICIPANTS .*» \\(BY\\) is not in the Russian edition`)),
        code: 'not_in_edition',
        params: { id: belarus.id, title: expect.stringMatching(/^«NIO: ALL PARTICIPANTS/), country: 'BY' },
      },
      {
        // The issue now holds 27 articles, two of them Chinese: its summary no longer says what the text's does.
        line: 0,
        message: expect.stringContaining('the summary paragraph of the text differs from the one generated from the articles, which is kept (26 events in the text, 27 generated; Китай - 1 in the text, 2 generated)'),
        summary: expect.objectContaining({ differences: expect.any(Array) }),
        code: 'summary_differs',
        params: { text: expect.stringContaining('26 событий'), generated: expect.stringContaining('27 событий') },
      },
    ]);

    const order = issueOrder(en.issueId);
    expect(order).toHaveLength(27);
    const added = order.find((a) => a.titleRu === 'В ПЕКИНЕ ОБСУДИЛИ КОНТРОЛЬ НАД ПРЕКУРСОРАМИ')!;
    expect(added).toMatchObject({ country: 'CN', titleEn: '' });
    // Appended to its country: right after the Chinese article, before Belarus.
    expect(order.map((a) => a.id).slice(24)).toEqual([china.id, added.id, belarus.id]);
    expect(db.select().from(articles).where(eq(articles.id, belarus.id)).get()).toMatchObject({ titleRu: '', bodyRu: '' });
    expect(db.select().from(articleSources).where(eq(articleSources.articleId, added.id)).all().map((s) => s.url)).toEqual([
      'https://example.cn/precursors',
    ]);
  });
});
