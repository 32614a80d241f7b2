import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { photos } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import type { PhotoRow } from '@/lib/db/queries/articles';
import { fieldErrors, photoTextsSchema, type PhotoTextsInput } from '@/lib/domain/article-input';
import type { Actor } from './actor';
import { ValidationError } from './errors';
import { loadEditablePhoto } from './photo-access';

export interface UpdatePhotoInput extends PhotoTextsInput {
  photoId: number;
}

/** Caption and credit of a photo, in both languages. */
export function updatePhoto(db: Db, actor: Actor, input: UpdatePhotoInput): PhotoRow {
  const parsed = photoTextsSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  return db.transaction((tx) => {
    const { photo } = loadEditablePhoto(tx, actor, input.photoId);
    const row = tx.update(photos).set(parsed.data).where(eq(photos.id, photo.id)).returning().get()!;
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'update_photo',
      entity: 'photo',
      entityId: photo.id,
      details: { articleId: photo.articleId },
    });
    return row;
  });
}
