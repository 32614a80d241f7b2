import { sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/instance';

export const dynamic = 'force-dynamic';

export function GET() {
  getDb().get(sql`select 1`);
  return Response.json({ ok: true });
}
