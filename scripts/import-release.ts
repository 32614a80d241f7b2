import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, defaultDatabasePath } from '@/lib/db/client';
import type { Actor } from '@/lib/services/actor';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import type { EditionReport } from '@/lib/services/release-import/import-edition';
import { formatIssue, ImportError } from '@/lib/services/release-import/import-error';
import { readReleaseFile } from '@/lib/services/release-import/read-release-file';
import { seedReferenceData } from '@/lib/services/seed-reference-data';

const usage =
  'Usage: npm run import -- <release.md|.docx> [<other edition>]   (imports one edition, English or Russian, or both, into DATABASE_PATH)';

const CLI_ACTOR: Actor = { id: null, label: 'cli', role: 'system' };

const STATUS_TEXT: Record<EditionReport['status'], string> = {
  created: 'created the issue and its articles',
  filled: 'filled the articles of the existing issue',
  unchanged: 'this file was imported before: nothing changed',
};

async function main(): Promise<number> {
  let files: string[];
  try {
    const { positionals } = parseArgs({ allowPositionals: true, options: {} });
    if (positionals.length < 1 || positionals.length > 2) throw new Error(positionals.length ? 'Give one file, or the two editions of one issue.' : 'No file given.');
    files = positionals;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const missing = files.find((file) => !fs.existsSync(file) || !fs.statSync(file).isFile());
  if (missing) {
    console.error(`No such file: ${missing}\n${usage}`);
    return 2;
  }
  const db = openDatabase(defaultDatabasePath());
  try {
    seedReferenceData(db);
    const inputs = await Promise.all(files.map((file) => readReleaseFile({ fileName: path.basename(file), bytes: fs.readFileSync(file) })));
    const result = applyReleaseImport(db, CLI_ACTOR, { files: inputs });
    for (const report of result.editions) printReport(report);
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

function printReport(report: EditionReport): void {
  const lang = report.lang === 'en' ? 'English' : 'Russian';
  const converted = report.format === 'docx' ? ' (Word document; line numbers of its converted text)' : '';
  console.log(`${report.fileName}${converted}: ${lang} edition of issue #${report.number}/${report.year} (id ${report.issueId}): ${STATUS_TEXT[report.status]}.`);
  console.log(`${report.articleCount} articles:`);
  for (const { code, count } of report.perCountry) console.log(`  ${code}  ${String(count).padStart(3)}`);
  if (report.warnings.length > 0) {
    console.log(`${report.warnings.length} warning(s):`);
    for (const warning of report.warnings) console.log(`  ${formatIssue(warning)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
