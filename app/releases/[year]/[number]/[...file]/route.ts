import { getDb } from '@/lib/db/instance';
import { findPublicFile } from '@/lib/db/queries/reader';
import { errorPage } from '@/lib/http/error-page';
import { parseIssueRef, parseReleaseFilePath } from '@/lib/domain/release-urls';
import { findPublishedPhotoFile } from '@/lib/services/find-published-photo';
import { findReleasePdf, IMMUTABLE_CACHE } from '@/lib/services/find-release-pdf';
import { storedFileResponse } from '@/lib/http/stored-file-response';
import { ensureCoverThumbnail } from '@/lib/media/cover-thumbnail';

/**
 * Published files, exactly as stored at publication (never rendered again):
 *   /releases/2024/1/en.pdf            latest published revision (may change with a correction);
 *   /releases/2024/1/r2/en.pdf         one revision: never changes;
 *   /releases/2024/1/r2/en-cover.webp  the cover thumbnail of that revision's edition;
 *   /releases/2024/1/photos/<sha256>.jpg (and -thumb.jpg)  a photo a published revision printed.
 * ?inline=1 shows a PDF in the browser instead of downloading it (for #page= links).
 * The front server (server/main.ts) answers the PDFs itself with the same headers; this route
 * serves them under `next dev` and serves the covers.
 */
export const dynamic = 'force-dynamic';

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
  const issueRef = parseIssueRef(params.year, params.number);
  const photo = issueRef && params.file[0] === 'photos' ? findPublishedPhotoFile(getDb(), issueRef, params.file) : null;
  if (photo) return storedFileResponse(request, photo);
  const parsed = parseReleaseFilePath(params.year, params.number, params.file);
  if (!parsed) return null;
  const { ref, wanted } = parsed;

  if (wanted.kind === 'cover') {
    const found = findPublicFile(getDb(), { ...ref, lang: wanted.lang, revision: wanted.revision });
    if (!found) return null;
    const absolutePath = await ensureCoverThumbnail(found.file.path).catch((error: unknown) => {
      console.error(`Cover thumbnail of ${found.file.path} failed:`, error);
      return null;
    });
    if (!absolutePath) return null;
    return storedFileResponse(request, {
      absolutePath,
      etag: `"cover-${found.file.sha256}"`,
      contentType: 'image/webp',
      disposition: null,
      cacheControl: IMMUTABLE_CACHE,
    });
  }

  const inline = new URL(request.url).searchParams.get('inline') === '1';
  const file = findReleasePdf(getDb(), ref, wanted, inline);
  if (!file) return null;
  const response = await storedFileResponse(request, file);
  if (!response) console.error(`Published file missing from the data directory: ${file.absolutePath}`);
  return response;
}
