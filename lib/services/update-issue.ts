import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issues } from '@/lib/db/schema';
import type { IssueRow } from '@/lib/db/queries/issue-desk';
import { issueYearOf } from '@/lib/domain/issue-numbering';
import type { Actor } from './actor';
import { ValidationError } from './errors';
import { loadChangeableIssue } from './issue-access';
import { fieldErrorsOf, periodSchema } from './issue-input';
import { buildIssueSummaries } from './issue-summary';

/** Fields left out stay as they are; a summary override of null (or blank) means "generate it". */
export interface UpdateIssueInput {
  issueId: number;
  periodStart?: string;
  periodEnd?: string;
  placeEn?: string;
  placeRu?: string;
  summaryCountsEn?: string | null;
  summaryCountsRu?: string | null;
  summaryDigestEn?: string | null;
  summaryDigestRu?: string | null;
}

const place = z.string().trim().min(1).max(100);
const paragraph = z.string().max(5000).nullable();
const schema = z.object({
  placeEn: place.optional(),
  placeRu: place.optional(),
  summaryCountsEn: paragraph.optional(),
  summaryCountsRu: paragraph.optional(),
  summaryDigestEn: paragraph.optional(),
  summaryDigestRu: paragraph.optional(),
});

const SUMMARY_FIELDS = [
  ['summaryCountsEn', 'en', 'counts'],
  ['summaryCountsRu', 'ru', 'counts'],
  ['summaryDigestEn', 'en', 'digest'],
  ['summaryDigestRu', 'ru', 'digest'],
] as const;

/** Period, place and summary overrides of an issue that is not published (draft or in correction). */
export function updateIssue(db: Db, actor: Actor, input: UpdateIssueInput): IssueRow {
  return db.transaction((tx) => {
    const issue = loadChangeableIssue(tx, actor, input.issueId);
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const changes: Partial<typeof issues.$inferInsert> = {};
    if (input.periodStart !== undefined || input.periodEnd !== undefined) {
      const period = periodSchema.safeParse({
        periodStart: input.periodStart ?? issue.periodStart,
        periodEnd: input.periodEnd ?? issue.periodEnd,
      });
      if (!period.success) throw new ValidationError(fieldErrorsOf(period.error));
      // The number belongs to its year: a period ending in another year would need another number.
      if (issueYearOf({ end: period.data.periodEnd }) !== issue.year) throw new ValidationError({ periodEnd: 'year' });
      changes.periodStart = period.data.periodStart;
      changes.periodEnd = period.data.periodEnd;
    }
    if (parsed.data.placeEn !== undefined) changes.placeEn = parsed.data.placeEn;
    if (parsed.data.placeRu !== undefined) changes.placeRu = parsed.data.placeRu;
    const summaries = buildIssueSummaries(tx, { ...issue, ...changes });
    for (const [field, lang, part] of SUMMARY_FIELDS) {
      const value = parsed.data[field];
      if (value === undefined) continue;
      const text = value?.trim() ?? '';
      // Text equal to the generated paragraph is no override: it keeps following the data.
      changes[field] = text && text !== summaries[lang].generated[part] ? text : null;
    }
    if (Object.keys(changes).length === 0) return issue;
    const updated = tx.update(issues).set(changes).where(eq(issues.id, issue.id)).returning().get();
    writeAudit(tx, { actorId: actor.id, actor: actor.label, action: 'update_issue', entity: 'issue', entityId: issue.id, details: changes });
    return updated;
  });
}
