import { defaultDatabasePath, openDatabase } from '@/lib/db/client';
import { rebuildSearchIndex } from '@/lib/db/queries/search';

// npm run search:rebuild — the search indexes anew from the articles and the published texts (in one transaction).
const started = performance.now();
const db = openDatabase(defaultDatabasePath());
const { articles, published } = rebuildSearchIndex(db);
db.$client.close();
console.log(`Search index rebuilt: ${articles} articles, ${published} published article texts, in ${Math.round(performance.now() - started)} ms.`);
