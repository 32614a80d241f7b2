import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { countTerms } from '@/lib/db/queries/terms';
import { SYSTEM_ACTOR } from './actor';
import { importTerms, type ImportTermsReport } from './import-terms';

/** The demo termbase: real names from the January 2024 editions, as CSV in the repository. */
export const DEMO_TERMBASE_FILE = path.join(process.cwd(), 'lib', 'db', 'reference', 'demo-termbase.csv');

/** Loads the demo termbase into an empty termbase; a termbase with any term is left alone. */
export function seedDemoTermbase(db: Db): ImportTermsReport | null {
  if (countTerms(db) > 0) return null;
  return importTerms(db, SYSTEM_ACTOR, { csv: fs.readFileSync(DEMO_TERMBASE_FILE, 'utf8'), fileName: 'demo-termbase.csv' });
}
