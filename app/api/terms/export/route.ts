import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/instance';
import { listTerms } from '@/lib/db/queries/terms';
import { CAN_MANAGE_TERMS } from '@/lib/domain/termbase';
import { formatTermbaseCsv } from '@/lib/domain/termbase-csv';

export const dynamic = 'force-dynamic';

/** The termbase as CSV (header documented in lib/domain/termbase-csv.ts), for the chief editor and administrators. */
export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  if (!(CAN_MANAGE_TERMS as readonly string[]).includes(user.role)) return Response.json({ error: 'forbidden' }, { status: 403 });
  const csv = formatTermbaseCsv(listTerms(getDb()));
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="termbase.csv"',
      'Cache-Control': 'private, no-store',
    },
  });
}
