import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { seedReferenceData } from '@/lib/services/seed-reference-data';

const file = defaultDatabasePath();
const db = openDatabase(file);
const seeded = seedReferenceData(db);
console.log(`Database ${file} is migrated (${seeded.countriesAdded} countries added).`);
db.$client.close();
