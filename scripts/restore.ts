// `npm run restore -- DIR [--force]`: puts a backup made by `npm run backup` in place, into DATA_DIR and
// DATABASE_PATH (as the app reads them). Stop the app first. Checks the whole backup before it writes
// anything. Exit codes: 0 done, 2 bad arguments, 1 failure (nothing restored if the checks fail).
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '@/lib/db/client';
import { dataDir } from '@/lib/media/data-dir';
import { BackupError } from '@/lib/ops/backup-layout';
import { restoreData } from '@/lib/ops/restore-data';

const USAGE = 'Usage: npm run restore -- DIR [--force]   (--force: move a non-empty data directory aside first)';

function parse() {
  try {
    const { values, positionals } = parseArgs({ options: { force: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (positionals.length !== 1) throw new Error('Give exactly one backup folder.');
    return { from: positionals[0]!, force: values.force ?? false };
  } catch (error) {
    console.error(`restore: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = parse();
const target = { dataDir: dataDir(), databasePath: defaultDatabasePath() };
console.log(`restore: ${args.from} → data directory ${target.dataDir}, database ${target.databasePath}`);
try {
  const result = restoreData({ from: args.from, ...target, force: args.force, log: (line) => console.log(`restore: ${line}`) });
  console.log(`restore: done: ${result.files} files and the database (backup of ${result.manifest.createdAt}, schema ${result.manifest.schemaVersion.tag}). Start the app.`);
} catch (error) {
  console.error(`restore: failed: ${error instanceof BackupError ? error.message : (error as Error).stack}`);
  process.exit(1);
}
