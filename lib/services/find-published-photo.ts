import type { DbOrTx } from '@/lib/db/client';
import { findPublicIssue } from '@/lib/db/queries/reader';
import { findPublishedPhoto } from '@/lib/db/queries/release-texts';
import type { IssueRef } from '@/lib/domain/release-urls';
import { resolveDataPath } from '@/lib/media/data-dir';
import { IMMUTABLE_CACHE } from './find-release-pdf';

/** photos/<sha256>.jpg or photos/<sha256>-thumb.jpg, the file segments after /releases/YEAR/NUMBER/. */
const PHOTO_FILE = /^([0-9a-f]{64})(-thumb)?\.jpg$/;

export interface PublishedPhotoFile {
  absolutePath: string;
  etag: string;
  contentType: 'image/jpeg';
  disposition: null;
  cacheControl: string;
}

/**
 * A photo of a published revision of the issue, from the publication's own copy. Its address names its
 * content, so it never changes: browsers keep it a year. Null for anything a publication did not print.
 */
export function findPublishedPhotoFile(db: DbOrTx, ref: IssueRef, file: readonly string[]): PublishedPhotoFile | null {
  const match = file.length === 2 && file[0] === 'photos' ? PHOTO_FILE.exec(file[1]!) : null;
  if (!match) return null;
  const found = findPublicIssue(db, ref.year, ref.number);
  if (!found) return null;
  const photo = findPublishedPhoto(db, found.issue.id, found.issue.revision, match[1]!);
  if (!photo) return null;
  const thumb = match[2] !== undefined;
  return {
    absolutePath: resolveDataPath(thumb ? photo.thumbFile : photo.file),
    etag: `"${photo.sha256}${thumb ? '-thumb' : ''}"`,
    contentType: 'image/jpeg',
    disposition: null,
    cacheControl: IMMUTABLE_CACHE,
  };
}
