// `npm run backup -- --out DIR`: a consistent backup of the running app (database through SQLite's
// online backup API, the data directory's files, manifest.json). Reads DATABASE_PATH and DATA_DIR like
// the app. Exit codes: 0 done, 2 bad arguments, 1 failure.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '@/lib/db/client';
import { dataDir } from '@/lib/media/data-dir';
import { backupData } from '@/lib/ops/backup-data';
import { BackupError } from '@/lib/ops/backup-layout';

const USAGE = 'Usage: npm run backup -- --out DIR [--pages-per-step N]   (DIR must be new or empty)';

function parse() {
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' }, 'pages-per-step': { type: 'string' }, help: { type: 'boolean' } }, strict: true });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const pages = values['pages-per-step'] === undefined ? 100 : Number(values['pages-per-step']);
    if (!values.out) throw new Error('--out DIR is required.');
    if (!Number.isInteger(pages) || pages < 1) throw new Error('--pages-per-step must be a whole number ≥ 1.');
    return { out: values.out, pagesPerStep: pages };
  } catch (error) {
    console.error(`backup: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = parse();
const started = Date.now();
try {
  const result = await backupData({
    databasePath: defaultDatabasePath(),
    dataDir: dataDir(),
    out: args.out,
    pagesPerStep: args.pagesPerStep,
    log: (line) => console.log(`backup: ${line}`),
  });
  const { manifest } = result;
  const bytes = manifest.files.reduce((sum, f) => sum + f.size, manifest.database.size);
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  console.log(
    `backup: done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.resolve(args.out)}\n` +
      `  schema ${manifest.schemaVersion.tag}, ${rows} rows in ${Object.keys(manifest.tables).length} tables, ` +
      `${manifest.files.length} files, ${(bytes / 1048576).toFixed(1)} MB` +
      (result.warnings.length ? `\n  ${result.warnings.length} warning(s) above` : ''),
  );
} catch (error) {
  console.error(`backup: failed: ${error instanceof BackupError ? error.message : (error as Error).stack}`);
  process.exit(1);
}
