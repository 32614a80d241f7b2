import { currentActor, failureOf, formText, type ActionFailure, type UploadPhotoResponse } from '@/app/actions/action-result';
import { getDb } from '@/lib/db/instance';
import { PHOTO_MAX_BYTES } from '@/lib/media/inspect-upload';
import { uploadPhoto } from '@/lib/services/upload-photo';

/** Room for the multipart envelope and the caption fields around the file itself. */
const BODY_LIMIT = PHOTO_MAX_BYTES + 256 * 1024;

const STATUS: Record<ActionFailure['error'], number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 422,
  conflict: 409,
  failed: 500,
};

const answer = (body: UploadPhotoResponse, status: number) => Response.json(body, { status });
const tooLarge = () => answer({ ok: false, error: 'invalid', fields: { file: 'too_large' } }, 413);

/**
 * Photo upload (multipart: file, captionEn/Ru, creditEn/Ru). A route rather than a server action:
 * actions are capped at 1 MB of body, photos may have 25 MB. Same checks as an action: session,
 * same origin, then the service decides on role, state and the bytes.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await currentActor();
    if (!sameOrigin(request)) return answer({ ok: false, error: 'forbidden', reason: 'origin' }, 403);
    const { id } = await params;
    const articleId = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
    if (!Number.isSafeInteger(articleId)) return answer({ ok: false, error: 'not_found' }, 404);
    if (Number(request.headers.get('content-length') ?? 0) > BODY_LIMIT) return tooLarge();
    const body = await readLimited(request, BODY_LIMIT);
    if (!body) return tooLarge();
    let form: FormData;
    try {
      form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
    } catch {
      return answer({ ok: false, error: 'invalid', fields: { file: 'empty' } }, 400);
    }
    const file = form.get('file');
    const text = (name: string) => formText(form, name);
    const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
    const photo = await uploadPhoto(getDb(), actor, {
      articleId,
      bytes,
      captionEn: text('captionEn'),
      captionRu: text('captionRu'),
      creditEn: text('creditEn'),
      creditRu: text('creditRu'),
    });
    return answer({ ok: true, photoId: photo.id }, 201);
  } catch (error) {
    const failure = failureOf(error);
    return answer(failure, STATUS[failure.error]);
  }
}

/** Browsers send Origin with every POST; when present it must be this site. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request body, or null as soon as it exceeds `limit` bytes (never buffers more than that). */
async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
