import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { formatIssue, ImportError, importRelease, type ImportReport } from '@/lib/services/import-release';

const usage = 'Usage: npm run import -- <release.md>   (imports one edition, English or Russian, into DATABASE_PATH)';

const STATUS_TEXT: Record<ImportReport['status'], string> = {
  created: 'created the issue and its articles',
  filled: 'filled the articles of the existing issue',
  unchanged: 'this file was imported before: nothing changed',
};

function main(): number {
  let file: string;
  try {
    const { positionals } = parseArgs({ allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new Error(positionals.length ? 'Give exactly one file.' : 'No file given.');
    file = positionals[0]!;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    console.error(`No such file: ${file}\n${usage}`);
    return 2;
  }
  const db = openDatabase(defaultDatabasePath());
  try {
    seedReferenceData(db);
    const report = importRelease(db, { bytes: fs.readFileSync(file), fileName: path.basename(file), actor: 'cli' });
    printReport(file, report);
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    db.$client.close();
  }
}

function printReport(file: string, report: ImportReport): void {
  const lang = report.lang === 'en' ? 'English' : 'Russian';
  console.log(`${file}: ${lang} edition of issue #${report.number}/${report.year} (id ${report.issueId}): ${STATUS_TEXT[report.status]}.`);
  console.log(`${report.articleCount} articles:`);
  for (const { code, count } of report.perCountry) console.log(`  ${code}  ${String(count).padStart(3)}`);
  if (report.warnings.length > 0) {
    console.log(`${report.warnings.length} warning(s):`);
    for (const warning of report.warnings) console.log(`  ${formatIssue(warning)}`);
  }
}

process.exit(main());
