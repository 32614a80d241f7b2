/**
 * Inserts N synthetic articles, for benchmarks of the desk (e.g. the dashboard with 10,000 articles):
 *   DATABASE_PATH=/tmp/bench.db npx tsx scripts/seed-articles.ts 10000 [--seed 7]
 * Articles are spread over the editors and chief editors already in the database.
 */
import { inArray } from 'drizzle-orm';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { users } from '@/lib/db/schema';
import { seedSyntheticArticles } from '@/lib/services/seed-synthetic-articles';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
const seedIndex = args.indexOf('--seed');
const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : 1;

if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(seed)) {
  console.error('Usage: npx tsx scripts/seed-articles.ts COUNT [--seed N]');
  process.exit(2);
}

const db = openDatabase(defaultDatabasePath());
const authorIds = db
  .select({ id: users.id })
  .from(users)
  .where(inArray(users.role, ['editor', 'chief']))
  .all()
  .map((u) => u.id);
const { inserted } = seedSyntheticArticles(db, { id: null, label: 'cli', role: 'system' }, { count, seed, authorIds });
console.log(`Inserted ${inserted} synthetic articles into ${defaultDatabasePath()} (${authorIds.length} authors).`);
db.$client.close();
