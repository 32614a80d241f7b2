import type { DbOrTx } from '@/lib/db/client';
import { findPublicFile } from '@/lib/db/queries/reader';
import { downloadFileName, type IssueRef, type ReleaseFileRequest } from '@/lib/domain/release-urls';
import { resolveDataPath } from '@/lib/media/data-dir';

const LATEST_CACHE = 'public, max-age=300, must-revalidate';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** A published PDF on disk and how to send it (the shape lib/http's stored-file answers take). */
export interface ReleasePdf {
  absolutePath: string;
  etag: string;
  contentType: string;
  disposition: string;
  cacheControl: string;
}

/**
 * A published edition's PDF as stored at publication (never rendered again), with its download
 * headers: the latest revision's address may change with a correction, so browsers keep it
 * 5 minutes and then revalidate with its ETag; a given revision never changes (immutable).
 * Null for an unknown or unpublished issue, edition or revision.
 */
export function findReleasePdf(db: DbOrTx, ref: IssueRef, wanted: { lang: ReleaseFileRequest['lang']; revision: number | null }, inline: boolean): ReleasePdf | null {
  const found = findPublicFile(db, { ...ref, lang: wanted.lang, revision: wanted.revision });
  if (!found) return null;
  const name = downloadFileName(ref, wanted.lang, wanted.revision ?? undefined);
  return {
    absolutePath: resolveDataPath(found.file.path),
    etag: `"${found.file.sha256}"`,
    contentType: 'application/pdf',
    disposition: `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
    cacheControl: wanted.revision === null ? LATEST_CACHE : IMMUTABLE_CACHE,
  };
}
