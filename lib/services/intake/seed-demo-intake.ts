import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/lib/db/client';
import { intakeTerms, INTAKE_LANGUAGES, type IntakeLanguage } from '@/lib/db/schema';
import { countOutlets, insertOutlet } from '@/lib/db/queries/outlets';
import { findCountry } from '@/lib/db/queries/countries';
import { normaliseSourceUrl } from '@/lib/domain/source-url';
import { parseCsvRows } from '@/lib/domain/termbase-csv';
import { countIntakeTerms } from '@/lib/db/queries/intake-terms';

/** Demo relevance terms (anti-drug words per language) and demo outlets, as CSV in the repository. */
export const DEMO_INTAKE_TERMS_FILE = path.join(process.cwd(), 'lib', 'db', 'reference', 'demo-intake-terms.csv');
export const DEMO_OUTLETS_FILE = path.join(process.cwd(), 'lib', 'db', 'reference', 'demo-outlets.csv');

function isLanguage(value: string): value is IntakeLanguage {
  return (INTAKE_LANGUAGES as readonly string[]).includes(value);
}

/** The rows of a reference CSV as objects keyed by its header. */
function readCsv(file: string): Record<string, string>[] {
  const { rows } = parseCsvRows(fs.readFileSync(file, 'utf8'));
  const [header, ...body] = rows;
  if (!header) return [];
  return body
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''))
    .map((row) => Object.fromEntries(header.cells.map((name, i) => [name.trim(), (row.cells[i] ?? '').trim()])));
}

export interface DemoIntakeReport {
  terms: number;
  outlets: number;
}

/**
 * Loads the demo terms into an empty term list and the demo outlets into an empty outlet list (each
 * left alone once it has any row, so what the chief editor changed or deleted stays so). The outlets
 * are those of the January 2024 issue's sources, all inactive and without a feed URL: none is
 * known for certain here (see docs/intake.md).
 */
export function seedDemoIntake(db: Db): DemoIntakeReport {
  return db.transaction((tx) => {
    let terms = 0;
    if (countIntakeTerms(tx) === 0) {
      for (const row of readCsv(DEMO_INTAKE_TERMS_FILE)) {
        const weight = Number(row.weight);
        if (!isLanguage(row.language ?? '') || !row.term || !Number.isInteger(weight)) {
          throw new Error(`${DEMO_INTAKE_TERMS_FILE}: bad row ${JSON.stringify(row)}`);
        }
        tx.insert(intakeTerms).values({ language: row.language as IntakeLanguage, term: row.term, weight }).run();
        terms++;
      }
    }
    let outlets = 0;
    if (countOutlets(tx) === 0) {
      for (const row of readCsv(DEMO_OUTLETS_FILE)) {
        const site = normaliseSourceUrl(row.site_url ?? '');
        const feed = row.feed_url ? normaliseSourceUrl(row.feed_url) : null;
        if (!row.name || !isLanguage(row.language ?? '') || !site.ok || (feed && !feed.ok) || !findCountry(tx, row.country ?? '')) {
          throw new Error(`${DEMO_OUTLETS_FILE}: bad row ${JSON.stringify(row)}`);
        }
        insertOutlet(tx, {
          name: row.name,
          countryCode: row.country!.toUpperCase(),
          language: row.language as IntakeLanguage,
          siteUrl: site.url,
          feedUrl: feed && feed.ok ? feed.url : null,
          active: false,
        });
        outlets++;
      }
    }
    return { terms, outlets };
  });
}
