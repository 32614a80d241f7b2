import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/instance';
import { LANGS } from '@/lib/domain/lang';
import { userActor } from '@/lib/services/actor';
import { EditionIncompleteError, ForbiddenError, NotFoundError } from '@/lib/services/errors';
import { previewEdition } from '@/lib/services/preview-edition';

/**
 * The current state of one edition of an issue as a PDF, for the desk's preview (any desk user:
 * editors may look, read-only). Rendering runs in the render worker; an unchanged edition comes
 * from the cache. Errors answer JSON: { error, missing? }.
 */
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 31),
  lang: z.enum(LANGS),
});

type Context = { params: Promise<{ id: string; lang: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return json(401, { error: 'unauthenticated' });
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return json(404, { error: 'notFound' });
  try {
    const preview = await previewEdition(getDb(), userActor(user), { issueId: parsed.data.id, lang: parsed.data.lang });
    const etag = `"${preview.contentHash}"`;
    const headers = { ETag: etag, 'Cache-Control': 'private, no-cache', 'X-Page-Count': String(preview.pageCount) };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(preview.pdf), {
      headers: {
        ...headers,
        'Content-Type': 'application/pdf',
        'Content-Length': String(preview.pdf.length),
        'Content-Disposition': `inline; filename="${preview.fileName}"`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return json(404, { error: 'notFound' });
    if (error instanceof ForbiddenError) return json(403, { error: 'forbidden' });
    if (error instanceof EditionIncompleteError) {
      return json(409, { error: 'incomplete', missing: error.missing.map((m) => ({ id: m.articleId, title: m.label, field: m.field })) });
    }
    console.error(error);
    return json(500, { error: 'failed' });
  }
}

function json(status: number, body: object): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
