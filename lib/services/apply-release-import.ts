import type { Db } from '@/lib/db/client';
import type { Actor } from './actor';
import { assertCanAssemble } from './issue-access';
import { ImportError } from './release-import/import-error';
import { importEdition, type EditionReport } from './release-import/import-edition';
import { issueBasis } from './release-import/issue-basis';
import { prepareEditions, type ReleaseImportInput } from './release-import/prepare-editions';

export type ApplyReleaseImportInput = ReleaseImportInput & {
  /** The basis of the plan the user confirmed (ReleaseImportPlan.basis); without it, no check. */
  basis?: string;
};

export interface ReleaseImportResult {
  issueId: number;
  /** English first when both were given. */
  editions: EditionReport[];
}

/**
 * Imports one edition or both (release-format.md) in one transaction, with an audit row per edition:
 * the first edition of an issue creates it and its approved articles, the other fills the same
 * articles (paired by source link), the translation memory and the search index follow. With the
 * confirmed plan's `basis`, refuses when the issue changed since the preview (created meanwhile,
 * edited, published): nothing is written then.
 */
export function applyReleaseImport(db: Db, actor: Actor, input: ApplyReleaseImportInput): ReleaseImportResult {
  assertCanAssemble(actor);
  const editions = prepareEditions(db, input);
  const { release } = editions[0]!;
  return db.transaction((tx) => {
    if (input.basis !== undefined && issueBasis(tx, release.year, release.number) !== input.basis) {
      const issue = `#${release.number}/${release.year}`;
      throw new ImportError(`issue ${issue} changed since the preview (created, edited or imported meanwhile); nothing was imported. Preview the files again.`, 'plan_outdated', { issue });
    }
    const reports = editions.map((edition) => importEdition(tx, actor, edition));
    return { issueId: reports[reports.length - 1]!.issueId, editions: reports };
  });
}
