import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { backfillReleaseTexts } from '@/lib/services/backfill-release-texts';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { ensureAdmin } from '@/lib/services/ensure-accounts';
import { printCreatedAccounts } from './print-accounts';

const file = defaultDatabasePath();
const db = openDatabase(file);
const seeded = seedReferenceData(db);
console.log(`Database ${file} is migrated (${seeded.countriesAdded} countries added).`);
const backfilled = backfillReleaseTexts(db);
if (backfilled.files > 0) {
  console.log(`Stored the published text of ${backfilled.files} earlier edition files (${backfilled.withheld} articles withheld: their text had changed since).`);
}
printCreatedAccounts([await ensureAdmin(db)]);
db.$client.close();
