import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { PhotoRow } from '@/lib/db/queries/articles';
import { findIntakeItem } from '@/lib/db/queries/intake-items';
import { findOutlet } from '@/lib/db/queries/outlets';
import { ARTICLE_LIMITS, fieldErrors } from '@/lib/domain/article-input';
import { hostOf } from '@/lib/intake/match-outlet';
import { PHOTO_MAX_BYTES } from '@/lib/media/inspect-upload';
import { FetchRefusedError, safeFetch, type SafeFetchOptions } from '@/lib/net/safe-fetch';
import type { Actor } from '../actor';
import { loadEditableArticle } from '../article-access';
import { NotFoundError, ValidationError } from '../errors';
import { uploadPhoto } from '../upload-photo';

const id = z.coerce.number().int().positive().max(2 ** 31);

export const takePagePhotoSchema = z.object({ articleId: id, itemId: id });
export type TakePagePhotoInput = z.input<typeof takePagePhotoSchema>;

/** For tests and intranets: how the image is fetched (the address guard, a resolver). Never from user input. */
export interface TakePagePhotoOptions {
  fetch?: SafeFetchOptions;
}

/**
 * Takes the og:image of a captured page (an intake item's image URL) as a photo of an article, with
 * the outlet as its credit in both languages (the page's host when the item has no outlet). Same
 * rights as uploading a photo: the article's editors, in an editable state (checked before fetching).
 * The image is fetched with the safe fetcher (address guard, redirects checked, 10 s) and at most
 * PHOTO_MAX_BYTES, then goes through uploadPhoto: the same content checks (JPEG, PNG or WebP by its
 * bytes, 50 megapixels), re-encoding and one transaction with the audit row (origin: the image URL).
 *
 * Refusals: ValidationError({ image: 'none' }) when the page had no image, ({ image: 'fetch_<reason>' })
 * when the fetch was refused (fetch_too_large, fetch_private_address, fetch_timeout, ...), and
 * uploadPhoto's ({ file: 'type' | 'corrupt' | 'too_many_pixels' | ... }) for the bytes.
 */
export async function takePagePhoto(db: Db, actor: Actor, input: TakePagePhotoInput, options: TakePagePhotoOptions = {}): Promise<PhotoRow> {
  const parsed = takePagePhotoSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const { articleId, itemId } = parsed.data;
  loadEditableArticle(db, actor, articleId);
  const item = findIntakeItem(db, itemId);
  if (!item) throw new NotFoundError(`No intake item ${itemId}`);
  if (!item.imageUrl) throw new ValidationError({ image: 'none' });

  let bytes: Buffer;
  try {
    const result = await safeFetch(item.imageUrl, {
      accept: 'image/jpeg,image/png,image/webp;q=0.9,image/*;q=0.5',
      ...options.fetch,
      maxBytes: PHOTO_MAX_BYTES,
      etag: null,
      lastModified: null,
    });
    if (result.kind !== 'ok') throw new FetchRefusedError('network', 'Unexpected 304 to an unconditional request');
    bytes = result.body;
  } catch (error) {
    if (error instanceof FetchRefusedError) throw new ValidationError({ image: `fetch_${error.code.replace(/-/g, '_')}` });
    throw error;
  }

  const outlet = item.outletId == null ? undefined : findOutlet(db, item.outletId);
  const credit = (outlet?.name ?? hostOf(item.url) ?? '').slice(0, ARTICLE_LIMITS.credit);
  return uploadPhoto(db, actor, { articleId, bytes, creditEn: credit, creditRu: credit, origin: item.imageUrl });
}
