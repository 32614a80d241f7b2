import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/instance';
import { LANGS } from '@/lib/domain/lang';
import { userActor } from '@/lib/services/actor';
import { ForbiddenError, NotFoundError } from '@/lib/services/errors';
import { previewArticle } from '@/lib/services/preview-article';

/**
 * One article's print proof in one language (the saved version), as the release prints it, for any
 * desk user. Rendered in the render worker. Errors answer JSON: { error }.
 */
export const dynamic = 'force-dynamic';

const paramsSchema = z.object({
  id: z.coerce.number().int().positive().max(2 ** 31),
  lang: z.enum(LANGS),
});

type Context = { params: Promise<{ id: string; lang: string }> };

export async function GET(_request: Request, context: Context): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return json(401, { error: 'unauthenticated' });
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return json(404, { error: 'notFound' });
  try {
    const proof = await previewArticle(getDb(), userActor(user), { articleId: parsed.data.id, lang: parsed.data.lang });
    return new Response(new Uint8Array(proof.pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(proof.pdf.length),
        'Content-Disposition': `inline; filename="${proof.fileName}"`,
        'Cache-Control': 'private, no-store',
        'X-Page-Count': String(proof.pageCount),
        'X-Article-Version': String(proof.version),
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return json(404, { error: 'notFound' });
    if (error instanceof ForbiddenError) return json(403, { error: 'forbidden' });
    console.error(error);
    return json(500, { error: 'failed' });
  }
}

function json(status: number, body: object): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
