import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { seedDemo } from '@/lib/services/seed-demo';

const db = openDatabase(defaultDatabasePath());
const result = seedDemo(db);
console.log(
  result.created
    ? 'Demo content loaded: Information Release #1 of 2024 (January), English and Russian editions.'
    : 'Demo content already present.',
);
db.$client.close();
