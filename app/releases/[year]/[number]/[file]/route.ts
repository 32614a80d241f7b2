import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { renderEdition } from '@/lib/services/render-edition';
import { EditionIncompleteError, NotFoundError } from '@/lib/services/errors';
import { errorPage } from '@/lib/http/error-page';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({
  year: z.coerce.number().int().min(1990).max(2200),
  number: z.coerce.number().int().min(1).max(999),
  file: z.enum(['en.pdf', 'ru.pdf']),
});

export async function GET(_request: Request, context: { params: Promise<{ year: string; number: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await context.params);
  if (!parsed.success) return errorPage(404);
  const { year, number, file } = parsed.data;
  const lang = file === 'en.pdf' ? 'en' : 'ru';
  try {
    const db = getDb();
    const edition = await renderEdition(db, { year, number, lang });
    return new Response(new Uint8Array(edition.pdf), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(edition.pdf.length),
        'Content-Disposition': `inline; filename="${edition.fileName}"`,
        ETag: `"${edition.contentHash}"`,
        'Cache-Control': 'public, max-age=0, must-revalidate',
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return errorPage(404);
    if (error instanceof EditionIncompleteError) return errorPage(409, error.message);
    throw error;
  }
}
