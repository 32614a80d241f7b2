/**
 * npm run tm:rebuild [-- --json] — rebuilds the translation memory of DATABASE_PATH from its articles
 * (lib/services/rebuild-translation-memory.ts). Exit 0 done, 1 failed.
 */
import { parseArgs } from 'node:util';
import { defaultDatabasePath, openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { rebuildTranslationMemory } from '@/lib/services/rebuild-translation-memory';

function main(): number {
  let json = false;
  try {
    json = Boolean(parseArgs({ options: { json: { type: 'boolean' } } }).values.json);
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run tm:rebuild [-- --json]`);
    return 2;
  }
  const db = openDatabase(defaultDatabasePath());
  const started = performance.now();
  try {
    const report = rebuildTranslationMemory(db, { ...SYSTEM_ACTOR, label: 'cli' });
    const seconds = (performance.now() - started) / 1000;
    const peakRssMiB = process.resourceUsage().maxRSS / 1024;
    if (json) console.log(JSON.stringify({ ...report, seconds, peakRssMiB }));
    else console.log(`Translation memory rebuilt: ${report.units} units from ${report.articles} articles in ${seconds.toFixed(1)} s.`);
    return 0;
  } catch (error) {
    console.error(`The translation memory could not be rebuilt: ${(error as Error).message}`);
    return 1;
  } finally {
    db.$client.close();
  }
}

process.exitCode = main();
