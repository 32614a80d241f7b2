import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { seedDemo } from '@/lib/services/seed-demo';
import { ensureAdmin, ensureDemoAccounts } from '@/lib/services/ensure-accounts';
import { printCreatedAccounts } from './print-accounts';

const db = openDatabase(defaultDatabasePath());
const result = seedDemo(db);
console.log(
  result.created
    ? 'Demo content loaded: Information Release #1 of 2024 (January), English and Russian editions.'
    : 'Demo content already present.',
);
printCreatedAccounts([await ensureAdmin(db), ...(await ensureDemoAccounts(db))]);
db.$client.close();
