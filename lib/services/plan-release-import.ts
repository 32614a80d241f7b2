import type { Db } from '@/lib/db/client';
import { listCountryNames } from '@/lib/db/queries/country-names';
import { findIssue } from '@/lib/db/queries/issues';
import type { Actor } from './actor';
import { assertCanAssemble } from './issue-access';
import { importEdition, type EditionReport } from './release-import/import-edition';
import { issueBasis } from './release-import/issue-basis';
import { prepareEditions, type ReleaseImportInput } from './release-import/prepare-editions';

export type PlannedEdition = Omit<EditionReport, 'issueId'>;

/** What an import of these files will do, for the confirmation the chief editor sees first. */
export interface ReleaseImportPlan {
  year: number;
  number: number;
  periodStart: string;
  periodEnd: string;
  /** The issue the files fill, or null when the import creates it. */
  existingIssueId: number | null;
  /** English first when both are given; each says created / filled / unchanged. */
  editions: PlannedEdition[];
  /** The short names of every country, to name those of `perCountry` and of the warnings. */
  countries: { code: string; shortEn: string; shortRu: string }[];
  /** What the plan was computed on: applyReleaseImport refuses when the issue has changed since. */
  basis: string;
}

/** Thrown inside the dry run's transaction so that everything it wrote is rolled back. */
class DryRun extends Error {
  constructor(readonly reports: EditionReport[]) {
    super('dry run');
  }
}

/**
 * Plans the import of one edition or both: parses the files, pairs the editions' articles by source
 * link, and returns what will be created or filled with every warning (lines of the files, the
 * summary comparison). Writes nothing: the import's own steps run in a transaction that is always
 * rolled back, so the plan is exactly what applyReleaseImport will do on the same basis. Refuses
 * with the ImportError the import would throw.
 */
export function planReleaseImport(db: Db, actor: Actor, input: ReleaseImportInput): ReleaseImportPlan {
  assertCanAssemble(actor);
  const editions = prepareEditions(db, input);
  const { release } = editions[0]!;
  let reports: EditionReport[] = [];
  let basis = '';
  try {
    db.transaction((tx) => {
      basis = issueBasis(tx, release.year, release.number);
      throw new DryRun(editions.map((edition) => importEdition(tx, actor, edition)));
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
    reports = error.reports;
  }
  const existing = findIssue(db, release.year, release.number);
  const names = listCountryNames(db);
  return {
    year: release.year,
    number: release.number,
    periodStart: existing?.periodStart ?? release.periodStart,
    periodEnd: existing?.periodEnd ?? release.periodEnd,
    existingIssueId: existing?.id ?? null,
    editions: reports.map(({ issueId: _rolledBack, ...edition }) => edition),
    countries: names
      .filter((c, i) => c.shortEn !== undefined && names.findIndex((d) => d.code === c.code) === i)
      .map((c) => ({ code: c.code, shortEn: c.shortEn ?? c.code, shortRu: c.shortRu ?? c.code })),
    basis,
  };
}
