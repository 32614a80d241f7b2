import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { findArticle } from '@/lib/db/queries/articles';
import { findReleaseText } from '@/lib/db/queries/release-texts';
import { deletePhoto } from '@/lib/services/delete-photo';
import { articles, publishedArticles, releaseFiles, releaseTexts } from '@/lib/db/schema';
import { backfillReleaseTexts } from '@/lib/services/backfill-release-texts';
import { loadArchive } from '@/lib/services/load-archive';
import { loadReaderIssue, type ReaderArticle } from '@/lib/services/load-reader-issue';
import { publishIssue } from '@/lib/services/publish-issue';
import { saveArticle } from '@/lib/services/save-article';
import { startCorrection } from '@/lib/services/start-correction';
import { sweepReleaseFiles } from '@/lib/services/sweep-release-files';
import { transitionArticle } from '@/lib/services/transition-article';
import { updatePhoto } from '@/lib/services/update-photo';
import { uploadPhoto } from '@/lib/services/upload-photo';
import { assembledIssue, fakeRenderer, releaseTree, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { publishRevision } from '@/tests/helpers/reader-fixture';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

async function jpeg(): Promise<Uint8Array> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 160 } } }).jpeg().toBuffer();
}

/** A published issue of two articles, the first with a photo, as the chief editor publishes it. */
async function publishedIssue() {
  const { db, chief } = desk;
  const issue = assembledIssue(db, chief, [
    { countryCode: 'KZ', titleEn: 'Heroin seized in Almaty', titleRu: 'В Алматы изъят героин', bodyEn: 'Police seized 12 kg of heroin.', bodyRu: 'Полиция изъяла 12 кг героина.', digestEn: 'seizure of 12 kg of heroin', digestRu: 'изъятии 12 кг героина', sources: ['https://polisia.kz/ru/1'] },
    { countryCode: 'CN', titleEn: 'Lecture in Beijing', titleRu: 'Лекция в Пекине' },
  ]);
  const first = issue.articleIds[0]!;
  // Photos may be added to an approved article only after reopening it: add it before approval instead.
  transitionArticle(db, chief, { id: first, transition: 'reopen', comment: 'Add the photo' });
  const photo = await uploadPhoto(db, chief, { articleId: first, bytes: await jpeg(), captionEn: 'The seized heroin', captionRu: 'Изъятый героин', creditEn: 'polisia.kz', creditRu: 'polisia.kz' });
  transitionArticle(db, chief, { id: first, transition: 'submit' });
  transitionArticle(db, chief, { id: first, transition: 'approve', expectedVersion: findArticle(db, first)!.version });
  await publishIssue(db, chief, { issueId: issue.issueId }, { render: fakeRenderer() });
  return { ...issue, photoId: photo.id };
}

const shown = (db: DeskSetup['db'], ref: { year: number; number: number }, lang: 'en' | 'ru') =>
  loadReaderIssue(db, ref, lang)!.sections.flatMap((s) => s.articles.map((a) => ({ country: s.name, ...pick(a) })));
const pick = (a: ReaderArticle) => ({
  title: a.title,
  body: a.body,
  outlet: a.outlet,
  sources: a.sources,
  photos: a.photos.map((p) => [p.caption, p.credit]),
  withheld: a.withheld,
});

describe('the text a publication stores', () => {
  it('is what the edition printed, in each language, with digests, dates, captions, credits, sources and pages', async () => {
    const { db } = desk;
    const { issueId, articleIds, year, number } = await publishedIssue();
    const files = db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all();
    expect(files).toHaveLength(2);
    const en = findReleaseText(db, files.find((f) => f.lang === 'en')!.id)!;
    expect(en.text.summaryCounts).toMatch(/Kazakhstan - 1/);
    expect(en.articles.map((a) => [a.articleId, a.countryName, a.sectionHeading, a.page])).toEqual([
      [articleIds[0], 'Kazakhstan', 'REPUBLIC OF KAZAKHSTAN', 3],
      [articleIds[1], 'China', 'CHINA', 3],
    ]);
    expect(en.articles[0]).toMatchObject({ title: 'Heroin seized in Almaty', digest: 'seizure of 12 kg of heroin', eventDate: '2024-03-10', sources: ['https://polisia.kz/ru/1'] });
    expect(en.articles[0]!.photos).toEqual([
      expect.objectContaining({ caption: 'The seized heroin', credit: 'polisia.kz', file: expect.stringMatching(new RegExp(`^releases/${year}/${number}/photos/[0-9a-f]{64}\\.jpg$`)) }),
    ]);
    const ru = findReleaseText(db, files.find((f) => f.lang === 'ru')!.id)!;
    expect(ru.articles[0]).toMatchObject({ title: 'В Алматы изъят героин', digest: 'изъятии 12 кг героина', countryName: 'Казахстан' });
    expect(ru.articles[0]!.photos[0]!.caption).toBe('Изъятый героин');
  });

  it('keeps the photos as the publication\'s own files, which the start-up sweep leaves in place', async () => {
    const { db, dir } = desk;
    const { year, number } = await publishedIssue();
    const photo = findReleaseText(db, db.select().from(releaseFiles).all()[0]!.id)!.articles[0]!.photos[0]!;
    for (const file of [photo.file, photo.thumbFile]) expect(fs.existsSync(path.join(dir, file))).toBe(true);
    const cover = `releases/${year}/${number}/r1-en-cover.webp`;
    fs.writeFileSync(path.join(dir, cover), 'thumbnail');
    const stray = `releases/${year}/${number}/photos/${'0'.repeat(64)}.jpg`;
    fs.writeFileSync(path.join(dir, stray), 'left by a crashed publication');

    expect(sweepReleaseFiles(db).removed).toEqual([stray]);
    expect(releaseTree(dir)).toEqual(
      [cover, photo.file, photo.thumbFile, `releases/${year}/${number}/r1-en.pdf`, `releases/${year}/${number}/r1-ru.pdf`].sort(),
    );
  });

  it('cannot be changed or removed', async () => {
    const { db } = desk;
    await publishedIssue();
    expect(() => db.update(publishedArticles).set({ title: 'Rewritten' }).run()).toThrow(/immutable/);
    expect(() => db.delete(publishedArticles).run()).toThrow(/immutable/);
    expect(() => db.update(releaseTexts).set({ summaryCounts: 'x' }).run()).toThrow(/immutable/);
  });
});

describe('what readers see of a published revision', () => {
  it('never shows text typed after publication: titles, bodies, digests, outlets, captions, credits, sources', async () => {
    const { db, chief } = desk;
    const { issueId, articleIds, year, number, photoId } = await publishedIssue();
    const ref = { year, number };
    const before = { en: shown(db, ref, 'en'), ru: shown(db, ref, 'ru') };
    // The web edition writes titles in capitals, as the release prints them (lib/domain/release-title.ts).
    expect(before.en[0]).toMatchObject({ title: 'HEROIN SEIZED IN ALMATY', photos: [['The seized heroin', 'polisia.kz']] });

    startCorrection(db, chief, { issueId });
    const id = articleIds[0]!;
    transitionArticle(db, chief, { id, transition: 'reopen', comment: 'Wrong figure' });
    const article = findArticle(db, id)!;
    saveArticle(db, chief, {
      id,
      expectedVersion: article.version,
      countryCode: 'KZ',
      eventDate: article.eventDate,
      outlet: 'NEW OUTLET',
      titleEn: 'UNPUBLISHED TITLE',
      titleRu: 'НЕОПУБЛИКОВАННЫЙ ЗАГОЛОВОК',
      bodyEn: 'Unpublished body.',
      bodyRu: 'Неопубликованный текст.',
      digestEn: 'unpublished digest',
      digestRu: 'неопубликованном',
      sources: ['https://unpublished.example/1'],
    });
    updatePhoto(db, chief, { photoId, captionEn: 'UNPUBLISHED CAPTION', captionRu: 'НЕОПУБЛИКОВАННАЯ ПОДПИСЬ', creditEn: 'x', creditRu: 'x' });
    // In "changes requested" and, later, approved again: neither may reach a reader.
    expect({ en: shown(db, ref, 'en'), ru: shown(db, ref, 'ru') }).toEqual(before);
    transitionArticle(db, chief, { id, transition: 'submit' });
    transitionArticle(db, chief, { id, transition: 'approve', expectedVersion: findArticle(db, id)!.version });
    expect({ en: shown(db, ref, 'en'), ru: shown(db, ref, 'ru') }).toEqual(before);
    expect(loadArchive(db).find((i) => i.number === number)!.articleCount).toBe(2);

    // The next publication shows the new text; the first revision keeps its own.
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(shown(db, ref, 'en')[0]).toMatchObject({ title: 'UNPUBLISHED TITLE', outlet: 'NEW OUTLET', body: 'Unpublished body.', photos: [['UNPUBLISHED CAPTION', 'x']] });
    const r1 = db.select().from(releaseFiles).where(eq(releaseFiles.revision, 1)).all().find((f) => f.lang === 'en')!;
    expect(findReleaseText(db, r1.id)!.articles[0]!.title).toBe('Heroin seized in Almaty');
  });
});

describe('backfilling revisions published before texts were stored', () => {
  it('stores the unchanged articles\' text, withholds the changed ones and earlier revisions, and runs once', async () => {
    const { db, chief } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief, [
      { countryCode: 'KZ', titleEn: 'Unchanged since', titleRu: 'Без изменений' },
      { countryCode: 'KZ', titleEn: 'Reopened later', titleRu: 'Возвращён позже' },
    ]);
    const toc = () => ({ sections: { KZ: 3 }, articles: { [articleIds[0]!]: 3, [articleIds[1]!]: 4 } });
    publishRevision(db, { issueId, revision: 1, toc, withText: false });
    publishRevision(db, { issueId, revision: 2, toc, withText: false });
    const second = db.select().from(releaseFiles).where(eq(releaseFiles.revision, 2)).all();
    // The first is as published; the second was reopened, edited and approved again (as during a correction).
    db.update(articles).set({ status: 'published' }).where(eq(articles.id, articleIds[0]!)).run();
    db.update(articles).set({ status: 'approved', titleEn: 'Edited after publication' }).where(eq(articles.id, articleIds[1]!)).run();

    expect(backfillReleaseTexts(db)).toEqual({ files: 4, withheld: 2 * 2 + 2 });
    expect(backfillReleaseTexts(db)).toEqual({ files: 0, withheld: 0 });
    const en = findReleaseText(db, second.find((f) => f.lang === 'en')!.id)!;
    expect(en.text.backfilled).toBe(true);
    expect(en.articles.map((a) => [a.title, a.withheld, a.page])).toEqual([
      ['Unchanged since', false, 3],
      ['', true, 4],
    ]);
    expect(shown(db, { year, number }, 'ru').map((a) => [a.title, a.withheld])).toEqual([
      ['БЕЗ ИЗМЕНЕНИЙ', false],
      ['', true],
    ]);
  });
});

describe('the photos of a web edition', () => {
  const get = async (path: string) => {
    const { GET } = await import('@/app/releases/[year]/[number]/[...file]/route');
    const [, , year, number, ...file] = path.split('/');
    return GET(new Request(`http://localhost${path}`), { params: Promise.resolve({ year: year!, number: number!, file }) });
  };

  it('are served from the publication\'s copies at immutable addresses, and only what a publication printed', async () => {
    const { db, dir, chief } = desk;
    const { issueId, articleIds, year, number, photoId } = await publishedIssue();
    const photo = loadReaderIssue(db, { year, number }, 'en')!.sections[0]!.articles[0]!.photos[0]!;
    expect(photo).toMatchObject({ width: 1120, height: 747 });
    for (const [url, file] of [[`/releases/${year}/${number}/photos/${photo.sha256}.jpg`, photo.file], [`/releases/${year}/${number}/photos/${photo.sha256}-thumb.jpg`, photo.thumbFile]] as const) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(dir, file)))).toBe(true);
    }
    // The article's own photo files are not a publication's: deleting the photo changes nothing here.
    startCorrection(db, chief, { issueId });
    transitionArticle(db, chief, { id: articleIds[0]!, transition: 'reopen', comment: 'Another photo' });
    deletePhoto(db, chief, { photoId });
    expect((await get(`/releases/${year}/${number}/photos/${photo.sha256}.jpg`)).status).toBe(200);

    for (const bad of [`/releases/${year}/${number}/photos/${'a'.repeat(64)}.jpg`, `/releases/${year}/${number}/photos/..%2F..%2Fdb.jpg`, `/releases/${year}/${number}/photos/${photo.sha256}.png`, `/releases/${year}/99/photos/${photo.sha256}.jpg`]) {
      expect((await get(bad)).status, bad).toBe(404);
    }
  });
});
