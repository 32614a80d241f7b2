import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));

import { GET } from '@/app/api/articles/[id]/preview/[lang]/route';
import { articles } from '@/lib/db/schema';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { createArticle } from '@/lib/services/create-article';
import { ForbiddenError, NotFoundError } from '@/lib/services/errors';
import { previewArticle } from '@/lib/services/preview-article';
import { renderWorkerPids, stopRenderWorkers } from '@/lib/services/rendering/render-off-thread';
import type { RenderedProof } from '@/lib/services/rendering/rendered-pdf';
import { saveArticle } from '@/lib/services/save-article';
import { uploadPhoto } from '@/lib/services/upload-photo';
import { flatText } from '@/tests/helpers/edition-pdf-checks';
import { setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { readPdf } from '@/tests/helpers/read-pdf';
import { sessionTokenFor } from '@/tests/helpers/test-app';

/** The print proof of one article: January 2024 texts, and a desk article with a photo. */
let desk: DeskSetup;
let january: number; // KaktusMedia's Bishkek video (Kyrgyz Republic), the one with an outlet label
let withPhoto: number;
beforeAll(async () => {
  desk = await setupDesk();
  for (const lang of ['en', 'ru'] as const) {
    const file = `release-2024-01-${lang}.md`;
    applyReleaseImport(desk.db, SYSTEM_ACTOR, { files: [{ bytes: fs.readFileSync(`tests/fixtures/${file}`), fileName: file }] });
  }
  january = desk.db.select().from(articles).where(eq(articles.outlet, 'KAKTUSMEDIA')).get()!.id;

  const created = createArticle(desk.db, desk.editor, { countryCode: 'KZ', eventDate: '2024-01-15' });
  saveArticle(desk.db, desk.editor, {
    id: created.id,
    expectedVersion: created.version,
    countryCode: 'KZ',
    eventDate: '2024-01-15',
    outlet: 'Kazinform',
    titleEn: 'Hashish seized in Almaty',
    titleRu: 'В Алматы изъят гашиш',
    bodyEn: 'Police officers seized twelve kilograms of hashish.',
    bodyRu: 'Полицейские изъяли двенадцать килограммов гашиша.',
    digestEn: '',
    digestRu: '',
    sources: ['https://polisia.kz/ru/hashish-almaty'],
  });
  const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 140 } } }).jpeg().toBuffer();
  await uploadPhoto(desk.db, desk.editor, {
    articleId: created.id,
    bytes: jpeg,
    captionEn: 'The seized hashish',
    captionRu: 'Изъятый гашиш',
    creditEn: 'polisia.kz',
    creditRu: 'polisia.kz',
  });
  withPhoto = created.id;
}, 120_000);
afterEach(() => requestContext.reset());
afterAll(async () => {
  stopRenderWorkers();
  await vi.waitFor(() => expect(renderWorkerPids()).toEqual([]), { timeout: 10_000 });
});

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('the print proof of one article', () => {
  it('prints a January article in English as the release does: country heading, outlet, title, body, source', async () => {
    const proof = await previewArticle(desk.db, desk.editor, { articleId: january, lang: 'en' });
    expect(isPdf(proof.pdf)).toBe(true);
    expect(proof.pageCount).toBe(1);
    const pdf = await readPdf(proof.pdf);
    expect(pdf.pageCount).toBe(1);
    const text = flatText(pdf);
    expect(text).toContain('KYRGYZ REPUBLIC');
    expect(text).toContain('KAKTUSMEDIA');
    expect(text).toContain('BISHKEK POLICE DEPARTMENT RELEASED A SOCIAL VIDEO ABOUT DEAD DROPPERS AND CALLED UPON PARENTS');
    expect(text).toContain('The video emphasizes importance of public assistance in preventing the spread of drugs, especially among young people.');
    // Only this article: no other January title, no cover, no contents.
    expect(text).not.toContain('OSH CITY');
    expect(text).not.toContain('CONTENTS');
    expect(pdf.links.some((link) => link.url?.startsWith('https://'))).toBe(true);
    expect(pdf.missingGlyphs).toEqual([]);
    expect(pdf.metadata.language).toBe('en');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
  }, 180_000);

  it('prints the Russian text with its Cyrillic extracted as typed', async () => {
    const proof = await previewArticle(desk.db, desk.chief, { articleId: january, lang: 'ru' });
    const pdf = await readPdf(proof.pdf);
    const text = flatText(pdf);
    expect(text).toContain('КЫРГЫЗСКАЯ РЕСПУБЛИКА');
    expect(text).toContain('KAKTUSMEDIA');
    expect(text).toContain('ГУВД БИШКЕКА ВЫПУСТИЛО СОЦИАЛЬНЫЙ РОЛИК ПРО ЗАКЛАДЧИКОВ И ОБРАТИЛОСЬ К РОДИТЕЛЯМ');
    expect(text).toContain('В видеоролике подчёркивается важность помощи общественности в предотвращении распространения наркотиков, особенно среди молодёжи.');
    expect(pdf.missingGlyphs).toEqual([]);
    expect(pdf.metadata.language).toBe('ru');
  }, 180_000);

  it('prints the stored photo with its caption and credit, in each language', async () => {
    const enProof = await previewArticle(desk.db, desk.editor, { articleId: withPhoto, lang: 'en' });
    if (process.env.PROOF_OUT) fs.writeFileSync(`${process.env.PROOF_OUT}/photo-en.pdf`, enProof.pdf);
    const en = await readPdf(enProof.pdf);
    expect(en.images).toEqual([1]);
    expect(flatText(en)).toContain('REPUBLIC OF KAZAKHSTAN');
    expect(flatText(en)).toContain('The seized hashish');
    expect(flatText(en)).toContain('Photo: polisia.kz');
    const ru = await readPdf((await previewArticle(desk.db, desk.editor, { articleId: withPhoto, lang: 'ru' })).pdf);
    expect(ru.images).toEqual([1]);
    expect(flatText(ru)).toContain('Изъятый гашиш');
    expect(flatText(ru)).toContain('Фото: polisia.kz');
    expect(flatText(ru)).toContain('Полицейские изъяли двенадцать килограммов гашиша.');
    expect(ru.links.map((l) => l.url)).toContain('https://polisia.kz/ru/hashish-almaty');
  }, 180_000);

  it('shows the saved version, and renders in the render worker pool', async () => {
    const renders: unknown[] = [];
    const fake = async (data: unknown): Promise<RenderedProof> => {
      renders.push(data);
      return { pdf: Buffer.from('%PDF-fake'), pageCount: 1 };
    };
    const before = await previewArticle(desk.db, desk.editor, { articleId: withPhoto, lang: 'en' }, fake);
    const row = desk.db.select().from(articles).where(eq(articles.id, withPhoto)).get()!;
    expect(before.version).toBe(row.version);
    expect(before.fileName).toBe(`article-${withPhoto}-v${row.version}-en-proof.pdf`);
    expect(renders[0]).toMatchObject({ lang: 'en', section: { countryCode: 'KZ', articles: [{ id: withPhoto, title: 'Hashish seized in Almaty', outlet: 'Kazinform' }] } });
    // Photo bytes, never a path or URL, go to the renderer.
    const photo = (renders[0] as { section: { articles: Array<{ photos: Array<{ data: unknown }> }> } }).section.articles[0]!.photos[0]!;
    expect(photo.data).toBeInstanceOf(Uint8Array);
    // The default renderer is the worker pool (in any test order: render one proof for real here).
    await previewArticle(desk.db, desk.editor, { articleId: withPhoto, lang: 'en' });
    expect(renderWorkerPids().length).toBeGreaterThan(0);
    expect(renderWorkerPids()).not.toContain(process.pid);
  });

  it('is for desk users only, and says when the article does not exist', async () => {
    const fake = async (): Promise<RenderedProof> => ({ pdf: Buffer.from('%PDF-'), pageCount: 1 });
    await expect(previewArticle(desk.db, { id: null, label: 'anonymous', role: 'editor' }, { articleId: january, lang: 'en' }, fake)).rejects.toThrow(ForbiddenError);
    await expect(previewArticle(desk.db, desk.editor, { articleId: 999_999, lang: 'en' }, fake)).rejects.toThrow(NotFoundError);
  });
});

describe('the article proof route', () => {
  const call = (id: number | string, lang: string) =>
    GET(new Request(`http://localhost/api/articles/${id}/preview/${lang}`), { params: Promise.resolve({ id: String(id), lang }) });

  it('answers 401 without a session, 404 for a missing article or language, and a PDF to an editor', async () => {
    const anonymous = await call(january, 'en');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'unauthenticated' });

    requestContext.signIn(await sessionTokenFor(desk.db, { id: desk.editor.id! }));
    expect((await call(999_999, 'en')).status).toBe(404);
    expect((await call(january, 'de')).status).toBe(404);
    expect((await call('1 or 1=1', 'en')).status).toBe(404);

    // Any desk user reads any article: an editor previews an article someone else wrote (here: imported).
    const response = await call(january, 'ru');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="article-\d+-v\d+-ru-proof\.pdf"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(isPdf(bytes)).toBe(true);
    if (process.env.PROOF_OUT) fs.writeFileSync(`${process.env.PROOF_OUT}/january-ru.pdf`, bytes);
  }, 180_000);

  it('answers 403 when the session is no desk user', async () => {
    requestContext.signIn(await sessionTokenFor(desk.db, { id: desk.editor.id! }));
    const currentUser = await import('@/lib/auth/current-user');
    const spy = vi.spyOn(currentUser, 'getCurrentUser').mockResolvedValue({ id: desk.editor.id!, email: 'reader@example.org', name: 'Reader', role: 'reader' as never, locale: null });
    try {
      const response = await call(january, 'en');
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'forbidden' });
    } finally {
      spy.mockRestore();
    }
  });
});
