import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { photos } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import type { PhotoRow } from '@/lib/db/queries/articles';
import { fieldErrors, photoTextsSchema, type PhotoTextsInput } from '@/lib/domain/article-input';
import { inspectUpload } from '@/lib/media/inspect-upload';
import { newPhotoPaths, writePendingFile, type PendingFile } from '@/lib/media/photo-files';
import { PhotoTooLargeError, processPhoto } from '@/lib/media/process-photo';
import type { Actor } from './actor';
import { loadEditableArticle } from './article-access';
import { ValidationError } from './errors';

export interface UploadPhotoInput extends PhotoTextsInput {
  articleId: number;
  bytes: Uint8Array;
  /** Where the bytes came from when not from the user's disk (e.g. a page's og:image URL), for the audit log. */
  origin?: string;
}

/**
 * Adds a photo to an article: the bytes must be a JPEG, PNG or WebP (read from the content) of at
 * most 25 MB and 50 megapixels. The image is re-encoded upright without metadata, at print size
 * and as a thumbnail. Files and row appear together or not at all.
 * Refusals are ValidationError({ file: 'empty' | 'too_large' | 'type' | 'too_many_pixels' | 'corrupt' }).
 */
export async function uploadPhoto(db: Db, actor: Actor, input: UploadPhotoInput): Promise<PhotoRow> {
  const texts = photoTextsSchema.safeParse(input);
  if (!texts.success) throw new ValidationError(fieldErrors(texts.error.issues));
  loadEditableArticle(db, actor, input.articleId); // refuse early, before any work; checked again below

  const inspection = await inspectUpload(input.bytes);
  if (!inspection.ok) throw new ValidationError({ file: inspection.problem });
  let processed: Awaited<ReturnType<typeof processPhoto>>;
  try {
    processed = await processPhoto(input.bytes);
  } catch (error) {
    throw new ValidationError({ file: error instanceof PhotoTooLargeError ? 'too_many_pixels' : 'corrupt' });
  }

  const paths = newPhotoPaths(input.articleId);
  const pending: PendingFile[] = [];
  try {
    pending.push(writePendingFile(paths.print, processed.print.data));
    pending.push(writePendingFile(paths.thumb, processed.thumb.data));
    return db.transaction((tx) => {
      const article = loadEditableArticle(tx, actor, input.articleId);
      const position = tx.get<{ next: number }>(
        sql`select coalesce(max(position) + 1, 0) as next from ${photos} where ${photos.articleId} = ${article.id}`,
      ).next;
      const row = tx
        .insert(photos)
        .values({
          articleId: article.id,
          position,
          printFile: paths.print,
          thumbFile: paths.thumb,
          width: processed.print.width,
          height: processed.print.height,
          bytes: processed.print.data.byteLength,
          sha256: crypto.createHash('sha256').update(processed.print.data).digest('hex'),
          ...texts.data,
        })
        .returning()
        .get();
      writeAudit(tx, {
        actorId: actor.id,
        actor: actor.label,
        action: 'upload_photo',
        entity: 'photo',
        entityId: row.id,
        details: {
          articleId: article.id,
          type: inspection.type,
          original: input.bytes.byteLength,
          width: row.width,
          height: row.height,
          ...(input.origin ? { origin: input.origin } : {}),
        },
      });
      // Renamed inside the transaction: if a rename fails, the row is rolled back too.
      for (const file of pending) file.commit();
      return row;
    });
  } catch (error) {
    for (const file of pending) file.discard();
    throw error;
  }
}
