import type { DbOrTx } from '@/lib/db/client';
import { findIssueById, type IssueRow } from '@/lib/db/queries/issue-desk';
import { CAN_ASSEMBLE_ISSUES, ROLES } from '@/lib/domain/workflow';
import type { Actor } from './actor';
import { ForbiddenError, NotFoundError } from './errors';

/** Assembling and publishing issues: the chief editor and the administrator (and the CLI / system). */
export function assertCanAssemble(actor: Actor): void {
  if (actor.role === 'system') return;
  if (actor.id == null || !CAN_ASSEMBLE_ISSUES.includes(actor.role)) throw new ForbiddenError('role');
}

/** Looking at issues and their previews: any desk user. */
export function assertDeskUser(actor: Actor): void {
  if (actor.role === 'system') return;
  if (actor.id == null || !ROLES.includes(actor.role)) throw new ForbiddenError('role');
}

export function loadIssue(db: DbOrTx, id: number): IssueRow {
  const issue = findIssueById(db, id);
  if (!issue) throw new NotFoundError(`There is no issue with id ${id}.`);
  return issue;
}

/** A published issue is frozen: only a correction (a new revision) opens it again. */
export function loadChangeableIssue(db: DbOrTx, actor: Actor, id: number): IssueRow {
  assertCanAssemble(actor);
  const issue = loadIssue(db, id);
  if (issue.status === 'published') throw new ForbiddenError('published');
  return issue;
}

export const nowIso = (clock: () => Date = () => new Date()) => clock().toISOString();
