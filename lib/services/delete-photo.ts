import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { photos } from '@/lib/db/schema';
import { writeAudit } from '@/lib/db/audit';
import { listArticlePhotos } from '@/lib/db/queries/articles';
import { removeStoredFiles } from '@/lib/media/photo-files';
import type { Actor } from './actor';
import { loadEditablePhoto } from './photo-access';

/** Deletes a photo; its files are removed once the row is gone for good (after the commit). */
export function deletePhoto(db: Db, actor: Actor, input: { photoId: number }): void {
  const files = db.transaction((tx) => {
    const { photo, article } = loadEditablePhoto(tx, actor, input.photoId);
    tx.delete(photos).where(eq(photos.id, photo.id)).run();
    const rest = listArticlePhotos(tx, article.id);
    rest.forEach((p, i) => {
      if (p.position !== i) tx.update(photos).set({ position: i }).where(eq(photos.id, p.id)).run();
    });
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'delete_photo',
      entity: 'photo',
      entityId: photo.id,
      details: { articleId: article.id, sha256: photo.sha256 },
    });
    return [photo.printFile, photo.thumbFile];
  });
  removeStoredFiles(files);
}
