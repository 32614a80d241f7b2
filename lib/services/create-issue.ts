import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issues } from '@/lib/db/schema';
import { issueNumbersOfYear, type IssueRow } from '@/lib/db/queries/issue-desk';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { defaultIssuePeriod, ISSUE_NUMBER_MAX, issueYearOf, nextIssueNumber } from '@/lib/domain/issue-numbering';
import type { Actor } from './actor';
import { ValidationError } from './errors';
import { assertCanAssemble } from './issue-access';
import { fieldErrorsOf, periodSchema } from './issue-input';

export interface CreateIssueInput {
  /** Default: the calendar month before `today`. */
  periodStart?: string;
  periodEnd?: string;
  /** A number the chief editor chose; default: the next free one of the year, allocated here. */
  number?: number;
  today?: Date;
}

const numberSchema = z.number().int().min(1).max(ISSUE_NUMBER_MAX).optional();

/** The number a new issue of this year would get now (the form shows it; creation allocates it again). */
export function proposeIssueNumber(db: Db, year: number): number {
  return nextIssueNumber(issueNumbersOfYear(db, year));
}

const MAX_ATTEMPTS = 5;

/**
 * Creates a draft issue. The number is allocated inside an IMMEDIATE transaction (the write lock is
 * taken before the numbers are read), so two chief editors creating at once never get the same
 * number; the unique index (year, number) backs this up, and a lost race is retried.
 */
export function createIssue(db: Db, actor: Actor, input: CreateIssueInput = {}): IssueRow {
  assertCanAssemble(actor);
  const fallback = defaultIssuePeriod(input.today ?? new Date());
  const period = periodSchema.safeParse({
    periodStart: input.periodStart || fallback.start,
    periodEnd: input.periodEnd || fallback.end,
  });
  if (!period.success) throw new ValidationError(fieldErrorsOf(period.error));
  const chosen = numberSchema.safeParse(input.number);
  if (!chosen.success) throw new ValidationError({ number: 'invalid' });
  const { periodStart, periodEnd } = period.data;
  const year = issueYearOf({ end: periodEnd });

  for (let attempt = 1; ; attempt++) {
    try {
      return db.transaction(
        (tx) => {
          const taken = issueNumbersOfYear(tx, year);
          const number = chosen.data ?? nextIssueNumber(taken);
          if (taken.includes(number)) throw new ValidationError({ number: 'taken' });
          const org = getOrganisation(tx);
          const row = tx
            .insert(issues)
            .values({ year, number, periodStart, periodEnd, placeEn: org.placeEn, placeRu: org.placeRu, status: 'draft' })
            .returning()
            .get();
          writeAudit(tx, {
            actorId: actor.id,
            actor: actor.label,
            action: 'create_issue',
            entity: 'issue',
            entityId: row.id,
            details: { year, number, periodStart, periodEnd },
          });
          return row;
        },
        { behavior: 'immediate' },
      );
    } catch (error) {
      const code = sqliteCode(error);
      if (code === 'SQLITE_CONSTRAINT_UNIQUE' && chosen.data !== undefined) throw new ValidationError({ number: 'taken' });
      if (attempt < MAX_ATTEMPTS && (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_BUSY')) continue;
      throw error;
    }
  }
}

/** better-sqlite3's error code, also when drizzle wrapped the error (DrizzleQueryError.cause). */
function sqliteCode(error: unknown): string {
  for (let e = error as { code?: unknown; cause?: unknown } | null; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string') return e.code;
  }
  return '';
}
