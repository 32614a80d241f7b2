import type { DbOrTx } from '@/lib/db/client';
import { listIssueCorrections } from '@/lib/db/queries/issue-corrections';
import { findIssue } from '@/lib/db/queries/issues';
import type { Lang } from '@/lib/domain/lang';

export interface CorrectionNote {
  revision: number;
  note: string;
}

/**
 * The notes of an issue's corrections in one language, oldest first. Readers see only the published
 * ones (`publishedOnly`: revisions up to the issue's published revision); the desk sees the one in
 * progress too.
 */
export function correctionNotes(db: DbOrTx, ref: { year: number; number: number }, lang: Lang, publishedOnly = true): CorrectionNote[] {
  const issue = findIssue(db, ref.year, ref.number);
  if (!issue) return [];
  return listIssueCorrections(db, issue.id)
    .filter((row) => !publishedOnly || row.revision <= issue.revision)
    .map((row) => ({ revision: row.revision, note: lang === 'en' ? row.noteEn : row.noteRu }));
}
