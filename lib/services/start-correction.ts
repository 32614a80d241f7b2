import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issues } from '@/lib/db/schema';
import { insertIssueCorrection } from '@/lib/db/queries/issue-corrections';
import { issueArticleRows, setArticlesStatus, type IssueRow } from '@/lib/db/queries/issue-desk';
import type { Actor } from './actor';
import { ForbiddenError, ValidationError } from './errors';
import { assertCanAssemble, loadIssue } from './issue-access';

/**
 * Opens a published issue for a correction: the issue goes to 'correction' (its published files
 * stay public and listed) and its articles back to 'approved', so that the chief editor can reopen
 * any of them through the editorial workflow or change the assembly; publishing again makes the
 * next revision.
 */
export interface StartCorrectionInput {
  issueId: number;
  /**
   * What changed and why, in both languages, shown to readers with the corrected revision. The desk's
   * form requires it; scripts and older callers may leave it out (no note is shown then).
   */
  note?: { en: string; ru: string };
}

export const CORRECTION_NOTE_MAX = 2_000;

export function startCorrection(db: Db, actor: Actor, input: StartCorrectionInput, now: () => Date = () => new Date()): IssueRow {
  assertCanAssemble(actor);
  const note = input.note && { en: input.note.en.replace(/\r\n?/g, '\n').trim(), ru: input.note.ru.replace(/\r\n?/g, '\n').trim() };
  if (note) {
    const fields: Record<string, string> = {};
    for (const lang of ['en', 'ru'] as const) {
      if (!note[lang]) fields[`note${lang === 'en' ? 'En' : 'Ru'}`] = 'required';
      else if (note[lang].length > CORRECTION_NOTE_MAX) fields[`note${lang === 'en' ? 'En' : 'Ru'}`] = 'too_long';
    }
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  }
  return db.transaction((tx) => {
    const issue = loadIssue(tx, input.issueId);
    if (issue.status !== 'published') throw new ForbiddenError('state');
    const at = now().toISOString();
    const articleIds = issueArticleRows(tx, issue.id).map((r) => r.articleId);
    setArticlesStatus(tx, articleIds, 'approved', at);
    const updated = tx.update(issues).set({ status: 'correction' }).where(eq(issues.id, issue.id)).returning().get();
    if (note) insertIssueCorrection(tx, { issueId: issue.id, revision: issue.revision + 1, noteEn: note.en, noteRu: note.ru, createdBy: actor.id });
    writeAudit(tx, {
      actorId: actor.id,
      actor: actor.label,
      action: 'start_correction',
      entity: 'issue',
      entityId: issue.id,
      details: { year: issue.year, number: issue.number, publishedRevision: issue.revision, ...(note ? { noteEn: note.en, noteRu: note.ru } : {}) },
    });
    return updated;
  });
}
