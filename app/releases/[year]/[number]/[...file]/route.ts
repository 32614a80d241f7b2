import { getDb } from '@/lib/db/instance';
import { findPublicFile } from '@/lib/db/queries/reader';
import { downloadFileName, parseIssueRef, parseReleaseFile } from '@/lib/domain/release-urls';
import { errorPage } from '@/lib/http/error-page';
import { storedFileResponse } from '@/lib/http/stored-file-response';
import { ensureCoverThumbnail } from '@/lib/media/cover-thumbnail';
import { resolveDataPath } from '@/lib/media/data-dir';

/**
 * Published files, exactly as stored at publication (never rendered again):
 *   /releases/2024/1/en.pdf            latest published revision: may change with a correction, so
 *                                      browsers keep it 5 minutes, then revalidate with its ETag;
 *   /releases/2024/1/r2/en.pdf         one revision: never changes, cached for a year (immutable);
 *   /releases/2024/1/r2/en-cover.webp  the cover thumbnail of that revision's edition (immutable).
 * ?inline=1 shows a PDF in the browser instead of downloading it (for #page= links).
 */
export const dynamic = 'force-dynamic';

const LATEST_CACHE = 'public, max-age=300, must-revalidate';
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

type Context = { params: Promise<{ year: string; number: string; file: string[] }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return (await serve(request, context)) ?? errorPage(404);
}

export async function HEAD(request: Request, context: Context): Promise<Response> {
  const response = (await serve(request, context)) ?? errorPage(404);
  return new Response(null, { status: response.status, headers: response.headers });
}

async function serve(request: Request, context: Context): Promise<Response | null> {
  const params = await context.params;
  const ref = parseIssueRef(params.year, params.number);
  const wanted = parseReleaseFile(params.file);
  if (!ref || !wanted) return null;
  const found = findPublicFile(getDb(), { ...ref, lang: wanted.lang, revision: wanted.revision });
  if (!found) return null;
  const { file } = found;

  if (wanted.kind === 'cover') {
    const absolutePath = await ensureCoverThumbnail(file.path).catch((error: unknown) => {
      console.error(`Cover thumbnail of ${file.path} failed:`, error);
      return null;
    });
    if (!absolutePath) return null;
    return storedFileResponse(request, {
      absolutePath,
      etag: `"cover-${file.sha256}"`,
      contentType: 'image/webp',
      disposition: null,
      cacheControl: IMMUTABLE_CACHE,
    });
  }

  const inline = new URL(request.url).searchParams.get('inline') === '1';
  const name = downloadFileName(ref, wanted.lang, wanted.revision ?? undefined);
  const response = await storedFileResponse(request, {
    absolutePath: resolveDataPath(file.path),
    etag: `"${file.sha256}"`,
    contentType: 'application/pdf',
    disposition: `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
    cacheControl: wanted.revision === null ? LATEST_CACHE : IMMUTABLE_CACHE,
  });
  if (!response) console.error(`Published file missing from the data directory: ${file.path}`);
  return response;
}
