import fs from 'node:fs';
import path from 'node:path';
import { JANUARY_PER_COUNTRY } from '@/tests/helpers/january-release';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '@/lib/db/client';
import { articles, auditLog, issues } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { ForbiddenError } from '@/lib/services/errors';
import { planReleaseImport } from '@/lib/services/plan-release-import';
import { ImportError } from '@/lib/services/release-import/import-error';
import { readReleaseFile } from '@/lib/services/release-import/read-release-file';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { releaseDocx } from '@/tests/helpers/release-docx';
import { createTestUser } from '@/tests/helpers/test-app';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures');
const EN_FILE = 'release-2024-01-en.md';
const RU_FILE = 'release-2024-01-ru.md';
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const file = (fileName: string, text = read(fileName)) => ({ fileName, bytes: new TextEncoder().encode(text) });

const PER_COUNTRY = JANUARY_PER_COUNTRY;

let db: Db;
let CHIEF: Actor;
let EDITOR: Actor;
let ADMIN: Actor;
beforeEach(async () => {
  db = openMemoryDatabase();
  seedReferenceData(db);
  const actor = async (role: 'chief' | 'editor' | 'admin') => {
    const user = await createTestUser(db, role, `${role}@example.org`);
    return { id: user.id, label: user.email, role };
  };
  [CHIEF, EDITOR, ADMIN] = [await actor('chief'), await actor('editor'), await actor('admin')];
});

/** Row count of every table, the derived ones (memory, search index) included. */
function rowCounts(): Record<string, number> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, (db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('planReleaseImport and applyReleaseImport', () => {
  it('plans both January editions at once without writing a row, then applies exactly that plan', () => {
    const before = rowCounts();
    const plan = planReleaseImport(db, CHIEF, { files: [file(RU_FILE), file(EN_FILE)] });
    expect(rowCounts()).toEqual(before);

    expect(plan).toMatchObject({ year: 2024, number: 1, periodStart: '2024-01-01', periodEnd: '2024-01-31', existingIssueId: null });
    // English first whatever the order of the files: it creates, the Russian text fills the same 26 articles.
    expect(plan.editions.map((e) => [e.lang, e.status, e.fileName, e.articleCount])).toEqual([
      ['en', 'created', EN_FILE, 26],
      ['ru', 'filled', RU_FILE, 26],
    ]);
    expect(plan.editions[0]!.perCountry).toEqual(PER_COUNTRY);
    expect(plan.editions[1]!.perCountry).toEqual(PER_COUNTRY);
    expect(plan.editions[0]!.untitled).toEqual([{ line: 329, countryCode: 'KG', excerpt: expect.stringMatching(/^Kyrgyzstan continues its efforts/) }]);
    expect(plan.editions[0]!.warnings).toEqual([{ line: 329, message: expect.stringContaining('imported as untitled') }]);
    expect(plan.editions[1]!.warnings).toEqual([]);
    expect(plan.countries.filter((c) => c.code === 'KG')).toEqual([{ code: 'KG', shortEn: 'Kyrgyzstan', shortRu: 'Кыргызстан' }]);
    expect(plan.countries.map((c) => c.code)).toEqual(expect.arrayContaining(['BY', 'CN', 'KZ', 'RU', 'TM', 'UZ']));

    const result = applyReleaseImport(db, CHIEF, { files: [file(EN_FILE), file(RU_FILE)], basis: plan.basis });
    expect(result.editions.map(({ issueId: _, ...edition }) => edition)).toEqual(plan.editions);
    const after = rowCounts();
    expect(after.issues! - before.issues!).toBe(1);
    expect(after.articles! - before.articles!).toBe(26);
    expect(after.release_imports! - before.release_imports!).toBe(2);
    expect(after.translation_units).toBeGreaterThan(0);
    const stored = db.select().from(articles).all();
    expect(stored.every((a) => a.titleEn !== '' || a.untitled)).toBe(true);
    expect(stored.every((a) => a.bodyRu !== '' && a.authorId === CHIEF.id)).toBe(true);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'import_release')).all();
    expect(audit.map((a) => [a.actor, a.actorId, (a.details as { lang: string }).lang])).toEqual([
      ['chief@example.org', CHIEF.id, 'en'],
      ['chief@example.org', CHIEF.id, 'ru'],
    ]);
  });

  it('plans the Russian edition as a fill of the issue the English one created, naming what the edition lacks', () => {
    applyReleaseImport(db, CHIEF, { files: [file(EN_FILE)] });
    const issue = db.select().from(issues).get()!;
    const ru = read(RU_FILE);
    const belarus = ru.indexOf('\nБЕЛАРУСЬ\n');
    const backCover = ru.indexOf('Центральноазиатский региональный информационный координационный', belarus);
    const before = rowCounts();
    const plan = planReleaseImport(db, CHIEF, { files: [file('ru-without-belarus.md', ru.slice(0, belarus) + '\n' + ru.slice(backCover))] });
    expect(rowCounts()).toEqual(before);
    expect(plan.existingIssueId).toBe(issue.id);
    expect(plan.editions).toHaveLength(1);
    expect(plan.editions[0]).toMatchObject({ lang: 'ru', status: 'filled', articleCount: 25 });
    // The text's own summary still counts 26 (the parser says so at its line); Belarus stays without Russian text.
    expect(plan.editions[0]!.warnings.map((w) => w.code ?? w.message)).toEqual(['the summary counts 26 events but the text has 25 articles', 'not_in_edition']);
    expect(plan.editions[0]!.warnings[1]!.params).toMatchObject({ country: 'BY', title: expect.stringMatching(/^«NIO: ALL PARTICIPANTS/) });
  });

  it('imports a Word document made from the fixture text like the text itself', async () => {
    const docx = await readReleaseFile({ fileName: 'release-2024-01-en.docx', bytes: await releaseDocx(read(EN_FILE)) });
    expect(docx.format).toBe('docx');
    const before = rowCounts();
    const plan = planReleaseImport(db, CHIEF, { files: [docx, file(RU_FILE)] });
    expect(rowCounts()).toEqual(before);
    expect(plan.editions.map((e) => [e.lang, e.status, e.format, e.articleCount])).toEqual([
      ['en', 'created', 'docx', 26],
      ['ru', 'filled', 'text', 26],
    ]);
    expect(plan.editions[0]!.perCountry).toEqual(PER_COUNTRY);
    expect(plan.editions[0]!.untitled).toHaveLength(1);
    expect(plan.editions[1]!.warnings).toEqual([]); // every Russian article found its English counterpart by link

    applyReleaseImport(db, CHIEF, { files: [docx, file(RU_FILE)], basis: plan.basis });
    const titles = db.select({ en: articles.titleEn, ru: articles.titleRu }).from(articles).all();
    expect(titles).toHaveLength(26);
    expect(titles).toContainEqual({ en: 'POLICE OFFICERS CARRIED OUT COUNTER-NARCOTICS TRAINING IN MILITARY UNITS IN ZHETISU', ru: expect.stringMatching(/^В ВОИНСКИХ ЧАСТЯХ/) });
  });

  it('refuses a bad file with its line and reason, and a bad Word document with the line of its converted text', async () => {
    const bad = read(EN_FILE).replace('\nBELARUS\n', '\nREPUBLIC OF ATLANTIS\n');
    const before = rowCounts();
    const error = caught(() => planReleaseImport(db, CHIEF, { files: [file('bad.md', bad)] })) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('parse');
    expect(error.issues).toEqual([expect.objectContaining({ line: 529, message: expect.stringMatching(/^unknown country heading «REPUBLIC OF ATLANTIS»/) })]);

    const docx = await readReleaseFile({ fileName: 'bad.docx', bytes: await releaseDocx(bad) });
    const docxError = caught(() => planReleaseImport(db, CHIEF, { files: [docx] })) as ImportError;
    expect(docxError.code).toBe('parse');
    expect(docxError.message).toMatch(/^bad\.docx cannot be imported \(line numbers of the text converted from the Word document\):/);
    const line = docxError.issues[0]!.line;
    expect(docx.text!.split('\n')[line - 1]).toBe('REPUBLIC OF ATLANTIS');
    expect(rowCounts()).toEqual(before);
  });

  it('refuses two files of the same language or of two issues', () => {
    expect((caught(() => planReleaseImport(db, CHIEF, { files: [file(EN_FILE), file('copy.md', read(EN_FILE))] })) as ImportError).code).toBe('same_language');
    const march = read(RU_FILE).replace('01-31.01.2024', '01-31.03.2024').replace(/^#1$/m, '#3');
    expect((caught(() => planReleaseImport(db, CHIEF, { files: [file(EN_FILE), file('march.md', march)] })) as ImportError).code).toBe('different_issues');
  });

  it('applies the same files twice as one import: the second time nothing changes', () => {
    const first = applyReleaseImport(db, CHIEF, { files: [file(EN_FILE), file(RU_FILE)] });
    const before = rowCounts();
    const plan = planReleaseImport(db, CHIEF, { files: [file(EN_FILE), file(RU_FILE)] });
    expect(plan.editions.map((e) => e.status)).toEqual(['unchanged', 'unchanged']);
    const again = applyReleaseImport(db, CHIEF, { files: [file(EN_FILE), file(RU_FILE)], basis: plan.basis });
    expect(again.issueId).toBe(first.issueId);
    expect(rowCounts()).toEqual(before);
  });

  it('refuses to apply a plan whose issue was created, edited or published since the preview, writing nothing', () => {
    const plan = planReleaseImport(db, CHIEF, { files: [file(EN_FILE)] });
    applyReleaseImport(db, CHIEF, { files: [file(RU_FILE)] }); // someone else imported the Russian edition meanwhile
    const before = rowCounts();
    const error = caught(() => applyReleaseImport(db, CHIEF, { files: [file(EN_FILE)], basis: plan.basis })) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('plan_outdated');
    expect(error.message).toMatch(/issue #1\/2024 changed since the preview/);
    expect(rowCounts()).toEqual(before);

    const fill = planReleaseImport(db, CHIEF, { files: [file(EN_FILE)] });
    db.update(articles).set({ titleRu: 'ИЗМЕНЕНО' }).where(eq(articles.id, db.select().from(articles).get()!.id)).run();
    db.update(articles).set({ version: 2 }).where(eq(articles.id, db.select().from(articles).get()!.id)).run();
    expect((caught(() => applyReleaseImport(db, CHIEF, { files: [file(EN_FILE)], basis: fill.basis })) as ImportError).code).toBe('plan_outdated');
    expect(applyReleaseImport(db, CHIEF, { files: [file(EN_FILE)], basis: planReleaseImport(db, CHIEF, { files: [file(EN_FILE)] }).basis }).editions[0]!.status).toBe('filled');
  });

  it('refuses an editor, and a published issue, in the plan as in the apply', () => {
    const before = rowCounts();
    expect(caught(() => planReleaseImport(db, EDITOR, { files: [file(EN_FILE)] }))).toBeInstanceOf(ForbiddenError);
    expect(caught(() => applyReleaseImport(db, EDITOR, { files: [file(EN_FILE)] }))).toBeInstanceOf(ForbiddenError);
    expect(caught(() => planReleaseImport(db, { id: null, label: 'anonymous', role: 'chief' }, { files: [file(EN_FILE)] }))).toBeInstanceOf(ForbiddenError);
    expect(rowCounts()).toEqual(before);
    const { issueId } = applyReleaseImport(db, ADMIN, { files: [file(EN_FILE)] });
    db.update(issues).set({ status: 'published' }).where(eq(issues.id, issueId)).run();
    expect((caught(() => planReleaseImport(db, CHIEF, { files: [file(RU_FILE)] })) as ImportError).code).toBe('published');
  });
});
