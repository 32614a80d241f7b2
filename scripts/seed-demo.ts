import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { seedDemo } from '@/lib/services/seed-demo';
import { sweepReleaseFiles } from '@/lib/services/sweep-release-files';
import { ensureAdmin, ensureDemoAccounts } from '@/lib/services/ensure-accounts';
import { printCreatedAccounts } from './print-accounts';

const db = openDatabase(defaultDatabasePath());
// Nothing publishes while this runs (it precedes the server): clear what an interrupted publication left.
const swept = sweepReleaseFiles(db);
if (swept.removed.length > 0) console.log(`Removed ${swept.removed.length} leftover file(s) of an interrupted publication.`);
const result = await seedDemo(db);
console.log(
  result.created
    ? 'Demo content published: Information Release #1 of 2024 (January), English and Russian editions.'
    : 'Demo content already present.',
);
printCreatedAccounts([await ensureAdmin(db), ...(await ensureDemoAccounts(db))]);
db.$client.close();
