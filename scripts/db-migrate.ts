import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { ensureAdmin } from '@/lib/services/ensure-accounts';
import { printCreatedAccounts } from './print-accounts';

const file = defaultDatabasePath();
const db = openDatabase(file);
const seeded = seedReferenceData(db);
console.log(`Database ${file} is migrated (${seeded.countriesAdded} countries added).`);
printCreatedAccounts([await ensureAdmin(db)]);
db.$client.close();
