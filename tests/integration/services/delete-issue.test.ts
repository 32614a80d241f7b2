import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

import { deleteIssueAction } from '@/app/actions/issues';
import { findIssueById, issueArticleRows, listOfferedArticles } from '@/lib/db/queries/issue-desk';
import { auditLog, issues } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { createIssue, proposeIssueNumber } from '@/lib/services/create-issue';
import { deleteIssue } from '@/lib/services/delete-issue';
import { ForbiddenError, NotFoundError } from '@/lib/services/errors';
import { publishIssue } from '@/lib/services/publish-issue';
import { startCorrection } from '@/lib/services/start-correction';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { assembledIssue, fakeRenderer, MARCH_2024, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { sessionTokenFor } from '@/tests/helpers/test-app';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});
afterEach(() => requestContext.reset());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
async function signInAs(actor: Actor): Promise<void> {
  requestContext.reset();
  requestContext.signIn(await sessionTokenFor(desk.db, { id: actor.id! }));
}

describe('deleting a draft issue', () => {
  it('removes the issue, offers its articles to other issues again, frees its number and records who did it', async () => {
    const draft = assembledIssue(desk.db, desk.chief);
    expect(proposeIssueNumber(desk.db, draft.year)).toBe(draft.number + 1);

    expect(deleteIssue(desk.db, desk.chief, { issueId: draft.issueId })).toEqual({ year: draft.year, number: draft.number, articles: 3 });

    expect(findIssueById(desk.db, draft.issueId)).toBeUndefined();
    expect(issueArticleRows(desk.db, draft.issueId)).toEqual([]);
    expect(proposeIssueNumber(desk.db, draft.year)).toBe(draft.number);
    const another = createIssue(desk.db, desk.chief, MARCH_2024);
    expect(listOfferedArticles(desk.db, another).map((a) => a.id)).toEqual(expect.arrayContaining(draft.articleIds));
    const audit = desk.db.select().from(auditLog).where(eq(auditLog.action, 'delete_issue')).all();
    expect(audit.at(-1)).toMatchObject({ actorId: desk.chief.id, entity: 'issue', entityId: String(draft.issueId), details: { number: draft.number, articles: 3 } });
    deleteIssue(desk.db, desk.admin, { issueId: another.id });
  });

  it('keeps published issues and issues under correction, and is for chief editors and administrators only', async () => {
    const issue = assembledIssue(desk.db, desk.chief);
    expect(() => deleteIssue(desk.db, desk.editor, { issueId: issue.issueId })).toThrow(ForbiddenError);
    await publishIssue(desk.db, desk.chief, { issueId: issue.issueId }, { render: fakeRenderer() });
    expect(() => deleteIssue(desk.db, desk.chief, { issueId: issue.issueId })).toThrow(ForbiddenError);
    startCorrection(desk.db, desk.chief, { issueId: issue.issueId });
    expect(() => deleteIssue(desk.db, desk.chief, { issueId: issue.issueId })).toThrow(ForbiddenError);
    expect(findIssueById(desk.db, issue.issueId)?.status).toBe('correction');
    expect(() => deleteIssue(desk.db, desk.chief, { issueId: 999_999 })).toThrow(NotFoundError);
  });
});

describe('the delete action', () => {
  it('asks for the confirmation box, refuses editors, and deletes for the chief editor before going back to the list', async () => {
    const draft = createIssue(desk.db, desk.chief, { periodStart: '2025-05-01', periodEnd: '2025-05-31' });
    await signInAs(desk.chief);
    expect(await deleteIssueAction(null, form({ issueId: String(draft.id) }))).toMatchObject({ ok: false, error: 'invalid', fields: { confirm: 'confirmDelete' } });
    await signInAs(desk.editor);
    expect(await deleteIssueAction(null, form({ issueId: String(draft.id), confirm: 'yes' }))).toMatchObject({ ok: false, error: 'forbidden' });
    requestContext.reset();
    expect(await deleteIssueAction(null, form({ issueId: String(draft.id), confirm: 'yes' }))).toMatchObject({ ok: false, error: 'unauthenticated' });
    expect(desk.db.select().from(issues).where(eq(issues.id, draft.id)).get()).toBeDefined();

    await signInAs(desk.chief);
    await expect(deleteIssueAction(null, form({ issueId: String(draft.id), confirm: 'yes' }))).rejects.toMatchObject({ digest: expect.stringContaining('/desk/issues') });
    expect(desk.db.select().from(issues).where(eq(issues.id, draft.id)).get()).toBeUndefined();
  });
});
