import fs from 'node:fs';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData, type TestUser } from '@/tests/helpers/test-app';
import { getDb } from '@/lib/db/instance';
import { articles, photos } from '@/lib/db/schema';
import {
  addCommentAction,
  createArticleAction,
  deleteArticleAction,
  saveArticleAction,
  transitionArticleAction,
  type EditorValues,
} from '@/app/actions/articles';
import { deletePhotoAction, reorderPhotosAction, updatePhotoAction } from '@/app/actions/photos';
import { POST as uploadRoute } from '@/app/api/articles/[id]/photos/route';
import { GET as photoRoute } from '@/app/api/photos/[id]/[variant]/route';
import { listArticleComments } from '@/lib/db/queries/articles';
import { THUMB_MAX_SIDE } from '@/lib/media/process-photo';

let editor: TestUser;
let editor2: TestUser;
let chief: TestUser;
let admin: TestUser;

beforeAll(async () => {
  useTemporaryAppData();
  const db = getDb();
  [editor, editor2, chief, admin] = [
    await createTestUser(db, 'editor'),
    await createTestUser(db, 'editor'),
    await createTestUser(db, 'chief'),
    await createTestUser(db, 'admin'),
  ];
});
afterEach(() => requestContext.reset());

async function signInAs(user: TestUser | null) {
  requestContext.reset();
  if (user) requestContext.signIn(await sessionTokenFor(getDb(), user));
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** Runs an action that ends in redirect(); returns where it went. */
async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | null)?.digest ?? '';
  expect(digest).toMatch(/^NEXT_REDIRECT/);
  return digest.split(';')[2]!;
}

const VALUES: EditorValues = {
  country: 'Казахстан',
  eventDate: '2024-01-20',
  outlet: '',
  titleEn: 'Customs found hashish',
  titleRu: 'Таможня нашла гашиш',
  bodyEn: 'Body.',
  bodyRu: 'Текст.',
  digestEn: 'hashish',
  digestRu: 'гашиш',
  sources: ['customs.example/news/5'],
};

async function newArticle(as: TestUser): Promise<number> {
  await signInAs(as);
  const to = await redirectOf(createArticleAction(null, form({ country: 'kz', eventDate: '2024-01-20', titleEn: 'Draft' })));
  return Number(to.split('/').at(-1));
}

describe('article actions, anonymous', () => {
  it('refuses every action without a session and changes nothing', async () => {
    await signInAs(null);
    const before = getDb().select().from(articles).all().length;
    expect(await createArticleAction(null, form({ country: 'KZ', eventDate: '2024-01-01' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await saveArticleAction({ ...VALUES, id: 1, expectedVersion: 1 })).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await transitionArticleAction(null, form({ id: '1', transition: 'approve', comment: '', expectedVersion: '' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await addCommentAction(null, form({ articleId: '1', body: 'hi' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await deleteArticleAction(null, form({ id: '1' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await updatePhotoAction({ photoId: 1, captionEn: '', captionRu: '', creditEn: '', creditRu: '' })).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await reorderPhotosAction({ articleId: 1, photoIds: [] })).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(await deletePhotoAction({ photoId: 1 })).toMatchObject({ ok: false, error: 'unauthenticated' });
    const upload = await uploadRoute(new Request('http://localhost/api/articles/1/photos', { method: 'POST', body: new FormData() }), { params: Promise.resolve({ id: '1' }) });
    expect(upload.status).toBe(401);
    const photo = await photoRoute(new Request('http://localhost/api/photos/1/thumb'), { params: Promise.resolve({ id: '1', variant: 'thumb' }) });
    expect(photo.status).toBe(401);
    expect(getDb().select().from(articles).all()).toHaveLength(before);
  });
});

describe('article actions as editor, second editor, chief and admin', () => {
  it('creates, saves (ignoring forged fields), and reports a conflict with the newer text', async () => {
    const id = await newArticle(editor);
    const forged = { ...VALUES, id, expectedVersion: 1, status: 'approved', authorId: chief.id, version: 99, updatedBy: chief.id };
    const saved = await saveArticleAction(forged);
    expect(saved).toMatchObject({ ok: true, changed: true, version: 2, sources: ['https://customs.example/news/5'] });
    const row = getDb().select().from(articles).where(eq(articles.id, id)).get()!;
    expect(row).toMatchObject({ status: 'draft', authorId: editor.id, version: 2, countryCode: 'KZ', updatedBy: editor.id });

    // Another editor may not rewrite the author's draft; the chief editor may.
    await signInAs(editor2);
    expect(await saveArticleAction({ ...VALUES, titleEn: 'Second editor', id, expectedVersion: 2 })).toMatchObject({ ok: false, error: 'forbidden', reason: 'not_author' });
    await signInAs(chief);
    expect(await saveArticleAction({ ...VALUES, titleEn: 'Chief editor', id, expectedVersion: 2 })).toMatchObject({ ok: true, version: 3 });
    await signInAs(editor);
    const stale = await saveArticleAction({ ...VALUES, titleEn: 'First editor, stale', id, expectedVersion: 2 });
    expect(stale).toMatchObject({
      ok: false,
      error: 'conflict',
      conflict: { changedBy: 'chief user', currentVersion: 3 },
      current: { titleEn: 'Chief editor', version: 3 },
    });
    expect(getDb().select().from(articles).where(eq(articles.id, id)).get()!.titleEn).toBe('Chief editor');
  });

  it('answers invalid fields and keeps what was typed in the create form', async () => {
    await signInAs(editor);
    const result = await createArticleAction(null, form({ country: 'Atlantis', eventDate: '', titleEn: 'Kept' }));
    expect(result).toMatchObject({ ok: false, error: 'invalid', values: { country: 'Atlantis', titleEn: 'Kept' } });
    expect(result && !result.ok && result.fields).toMatchObject({ countryCode: 'required', eventDate: 'required' });
  });

  it('runs the review workflow through the actions, refusing the wrong role', async () => {
    const id = await newArticle(editor);
    expect(await saveArticleAction({ ...VALUES, id, expectedVersion: 1 })).toMatchObject({ ok: true });
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'submit', comment: '', expectedVersion: '' }))).toEqual({ ok: true });
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'approve', comment: '', expectedVersion: '' }))).toMatchObject({
      ok: false,
      error: 'forbidden',
      reason: 'role',
    });
    await signInAs(chief);
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'request_changes', comment: '', expectedVersion: '2' }))).toMatchObject({
      ok: false,
      error: 'invalid',
      fields: { comment: 'required' },
    });
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'request_changes', comment: 'Add the source', expectedVersion: '2' }))).toEqual({ ok: true });
    await signInAs(editor);
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'submit', comment: '', expectedVersion: '' }))).toEqual({ ok: true });
    await signInAs(admin);
    expect(await transitionArticleAction(null, form({ id: String(id), transition: 'approve', comment: 'Good', expectedVersion: '2' }))).toEqual({ ok: true });
    expect(getDb().select().from(articles).where(eq(articles.id, id)).get()!.status).toBe('approved');
    await signInAs(editor2);
    expect(await addCommentAction(null, form({ articleId: String(id), body: 'Nice one' }))).toEqual({ ok: true });
    expect(await addCommentAction(null, form({ articleId: String(id), body: ' ' }))).toMatchObject({ ok: false, fields: { body: 'required' }, values: { body: ' ' } });
    expect(listArticleComments(getDb(), id).map((c) => c.kind)).toEqual(['changes_requested', 'approved', 'comment']);
  });

  it('deletes only what the role allows', async () => {
    const id = await newArticle(editor);
    await signInAs(editor2);
    expect(await deleteArticleAction(null, form({ id: String(id) }))).toMatchObject({ ok: false, error: 'forbidden' });
    await signInAs(chief);
    expect(await redirectOf(deleteArticleAction(null, form({ id: String(id) })))).toBe('/desk');
    expect(getDb().select().from(articles).where(eq(articles.id, id)).get()).toBeUndefined();
  });

  it('uploads through the route, serves the thumbnail to staff only, and edits photos through the actions', async () => {
    const id = await newArticle(editor);
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const body = new FormData();
    body.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'photo.jpg');
    body.set('captionEn', 'Seized hashish');
    const upload = (fd: FormData, origin = 'http://localhost') =>
      uploadRoute(new Request(`http://localhost/api/articles/${id}/photos`, { method: 'POST', body: fd, headers: { origin, host: 'localhost' } }), {
        params: Promise.resolve({ id: String(id) }),
      });

    expect((await upload(body, 'https://evil.example')).status).toBe(403);
    const ok = await upload(body);
    expect(ok.status).toBe(201);
    const { photoId } = (await ok.json()) as { photoId: number };

    const bad = new FormData();
    bad.set('file', new Blob(['<html>not a photo</html>'], { type: 'image/jpeg' }), 'evil.jpg');
    const refused = await upload(bad);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ ok: false, error: 'invalid', fields: { file: 'type' } });

    const thumb = await photoRoute(new Request(`http://localhost/api/photos/${photoId}/thumb`), { params: Promise.resolve({ id: String(photoId), variant: 'thumb' }) });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).width).toBe(THUMB_MAX_SIDE);
    const other = await photoRoute(new Request(`http://localhost/api/photos/${photoId}/original`), { params: Promise.resolve({ id: String(photoId), variant: 'original' }) });
    expect(other.status).toBe(404);

    expect(await updatePhotoAction({ photoId, captionEn: 'Hashish', captionRu: 'Гашиш', creditEn: '', creditRu: '', articleId: 999 })).toEqual({ ok: true });
    expect(await reorderPhotosAction({ articleId: id, photoIds: [photoId] })).toEqual({ ok: true });
    await signInAs(editor2);
    expect(await deletePhotoAction({ photoId })).toMatchObject({ ok: false, error: 'forbidden', reason: 'not_author' });
    await signInAs(chief);
    expect(await deletePhotoAction({ photoId })).toEqual({ ok: true });
    const row = getDb().select().from(photos).where(eq(photos.id, photoId)).get();
    expect(row).toBeUndefined();
    expect(fs.readdirSync(process.env.DATA_DIR!, { recursive: true }).filter((f) => String(f).endsWith('.jpg'))).toEqual([]);
  });
});
