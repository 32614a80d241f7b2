import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { issueCorrections } from '../schema';

export type IssueCorrectionRow = typeof issueCorrections.$inferSelect;

export function findIssueCorrection(db: DbOrTx, issueId: number, revision: number): IssueCorrectionRow | undefined {
  return db
    .select()
    .from(issueCorrections)
    .where(and(eq(issueCorrections.issueId, issueId), eq(issueCorrections.revision, revision)))
    .get();
}

/** Every correction note of an issue, oldest revision first. */
export function listIssueCorrections(db: DbOrTx, issueId: number): IssueCorrectionRow[] {
  return db.select().from(issueCorrections).where(eq(issueCorrections.issueId, issueId)).orderBy(asc(issueCorrections.revision)).all();
}

export function insertIssueCorrection(
  db: DbOrTx,
  row: { issueId: number; revision: number; noteEn: string; noteRu: string; createdBy: number | null },
): void {
  db.insert(issueCorrections)
    .values(row)
    .onConflictDoUpdate({
      target: [issueCorrections.issueId, issueCorrections.revision],
      set: { noteEn: row.noteEn, noteRu: row.noteRu, createdBy: row.createdBy },
    })
    .run();
}
