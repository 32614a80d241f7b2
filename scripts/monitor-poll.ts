import { parseArgs } from 'node:util';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { pollFeeds } from '@/lib/services/intake/poll-feeds';
import { feedPollerSettings } from '@/server/jobs/feed-poller';

const usage = 'Usage: npm run monitor:poll [-- --json]';

/** Polls the due feeds once now (as the server's job does) and prints {feeds, fetched, new, relevant, errors}. */
async function main(): Promise<number> {
  let json: boolean;
  try {
    json = parseArgs({ options: { json: { type: 'boolean' } } }).values.json === true;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const db = openDatabase(defaultDatabasePath());
  try {
    const report = await pollFeeds(db, { intervalMinutes: feedPollerSettings().intervalMinutes });
    if (json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`${report.feeds} feeds due, ${report.fetched} fetched, ${report.new} new items (${report.relevant} relevant), ${report.errors.length} errors`);
      for (const e of report.errors) console.log(`  ${e.name} <${e.url}>: ${e.error}`);
    }
    return 0;
  } finally {
    db.$client.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
