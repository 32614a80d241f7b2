import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/instance';
import { findPhoto } from '@/lib/db/queries/articles';
import { resolveDataPath } from '@/lib/media/data-dir';
import { storedFileResponse } from '@/lib/http/stored-file-response';

const VARIANTS = ['thumb', 'print'] as const;

/** A photo of an article, for the desk only: signed-in staff, never a public folder. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; variant: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('Please log in.', { status: 401 });
  const { id, variant } = await params;
  const kind = VARIANTS.find((v) => v === variant);
  const photoId = /^\d{1,10}$/.test(id) ? Number(id) : NaN;
  const photo = kind && Number.isSafeInteger(photoId) ? findPhoto(getDb(), photoId) : undefined;
  if (!photo || !kind) return new Response('Not found.', { status: 404 });
  const response = await storedFileResponse(request, {
    absolutePath: resolveDataPath(kind === 'thumb' ? photo.thumbFile : photo.printFile),
    etag: `"${photo.sha256}-${kind}"`,
    contentType: 'image/jpeg',
    disposition: null,
    // Stored files never change (a new upload gets a new id), but only this browser may keep them.
    cacheControl: 'private, max-age=3600',
  });
  return response ?? new Response('Not found.', { status: 404 });
}
