import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));

import { POST as uploadRoute } from '@/app/api/articles/[id]/photos/route';
import { getDb } from '@/lib/db/instance';
import { photos } from '@/lib/db/schema';
import { PHOTO_MAX_BYTES } from '@/lib/media/inspect-upload';
import { userActor } from '@/lib/services/actor';
import { createArticle } from '@/lib/services/create-article';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createTestUser, sessionTokenFor, useTemporaryAppData } from '@/tests/helpers/test-app';

/** The photo upload route's size limit: it reads a body as a stream and stops at the limit. */
const MB = 1024 * 1024;
const BOUNDARY = '----release-desk-test';

let articleId: number;
let dataDir: string;
beforeEach(async () => {
  dataDir = useTemporaryAppData().dir;
  const db = getDb();
  const editor = await createTestUser(db, 'editor');
  articleId = createArticle(db, userActor(editor), { countryCode: 'KZ', eventDate: '2024-01-15' }).id;
  requestContext.signIn(await sessionTokenFor(db, editor));
});
afterEach(() => requestContext.reset());

/** A multipart body of `total` bytes made lazily, 1 MB a pull; counts how much was pulled. */
function hugeBody(total: number) {
  const head = Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = sent === 0 ? Buffer.concat([head, Buffer.alloc(MB - head.length, 0xff)]) : Buffer.alloc(Math.min(MB, total - sent), 0xff);
      sent += chunk.length;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, pulled: () => sent };
}

function post(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/articles/${articleId}/photos`, {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, host: 'localhost', origin: 'http://localhost', ...headers },
    duplex: 'half',
  } as RequestInit);
  return uploadRoute(request, { params: Promise.resolve({ id: String(articleId) }) });
}

const storedPhotoFiles = () => {
  const dir = path.join(dataDir, 'photos');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }) : [];
};

describe('POST /api/articles/[id]/photos: the size limit', () => {
  it('answers 413 to a body without Content-Length once it passes the limit, and stops reading it there', async () => {
    const body = hugeBody(4 * PHOTO_MAX_BYTES);
    const response = await post(body.stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, error: 'invalid', fields: { file: 'too_large' } });
    // Read up to the limit (the file, plus room for the envelope), never the whole body.
    expect(body.pulled()).toBeGreaterThan(PHOTO_MAX_BYTES);
    expect(body.pulled()).toBeLessThan(PHOTO_MAX_BYTES + 4 * MB); // the limit, plus what the streams read ahead
    expect(getDb().select().from(photos).all()).toEqual([]);
    expect(storedPhotoFiles()).toEqual([]);
  });

  it('answers 413 at once to a declared Content-Length over the limit, without reading the body', async () => {
    const body = hugeBody(4 * PHOTO_MAX_BYTES);
    const response = await post(body.stream, { 'content-length': String(4 * PHOTO_MAX_BYTES) });
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(MB); // at most the one chunk a stream prepares before anyone reads
    expect(getDb().select().from(photos).all()).toEqual([]);
  });

  it('reads a body under the limit to the end and lets the photo checks answer (here: not an image, 422)', async () => {
    const body = hugeBody(3 * MB);
    const tail = new TransformStream<Uint8Array, Uint8Array>({
      flush(controller) {
        controller.enqueue(new TextEncoder().encode(`\r\n--${BOUNDARY}--\r\n`));
      },
    });
    const response = await post(body.stream.pipeThrough(tail));
    expect(body.pulled()).toBe(3 * MB);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ ok: false, error: 'invalid' });
  });
});
