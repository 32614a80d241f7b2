import type { PublishedPhoto } from '@/lib/domain/published-text';
import { publishedPhotoPath, type IssueRef } from '@/lib/domain/release-urls';
import styles from './reader.module.css';

/** The thumbnail's long side (lib/media/process-photo.ts THUMB_MAX_SIDE): its width in the srcset. */
const THUMB_MAX_SIDE = 400;

/**
 * The photos of a published article as the edition printed them: the publication's own copies at
 * immutable addresses, thumbnail and print size offered by width, size known in advance so that
 * nothing moves while they load, lazy below the fold, the caption as alternative text.
 */
export function ArticlePhotos({ issue, photos, creditLabel }: { issue: IssueRef; photos: PublishedPhoto[]; creditLabel: (credit: string) => string }) {
  if (photos.length === 0) return null;
  return (
    <div className={styles.photos}>
      {photos.map((photo) => {
        const thumbWidth = Math.round(photo.width >= photo.height ? Math.min(THUMB_MAX_SIDE, photo.width) : (photo.width * Math.min(THUMB_MAX_SIDE, photo.height)) / photo.height);
        return (
          <figure key={photo.sha256} className={styles.photo}>
            <img
              src={publishedPhotoPath(issue, photo.sha256)}
              srcSet={`${publishedPhotoPath(issue, photo.sha256, 'thumb')} ${thumbWidth}w, ${publishedPhotoPath(issue, photo.sha256)} ${photo.width}w`}
              sizes="(max-width: 760px) 100vw, 720px"
              width={photo.width}
              height={photo.height}
              loading="lazy"
              decoding="async"
              alt={photo.caption}
            />
            {(photo.caption || photo.credit) && (
              <figcaption>
                {photo.caption}
                {photo.credit && <span className={styles.credit}> {creditLabel(photo.credit)}</span>}
              </figcaption>
            )}
          </figure>
        );
      })}
    </div>
  );
}
