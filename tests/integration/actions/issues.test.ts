import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';

vi.mock('next/headers', () => import('@/tests/helpers/next-headers-mock'));
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
// Publishing through the action renders with the default renderer: a fake one keeps the test fast.
vi.mock('@/lib/services/rendering/render-off-thread', async () => ({ renderOffThread: (await import('@/tests/helpers/issue-desk')).fakeRenderer() }));

import { revalidatePath } from 'next/cache';
import {
  createIssueAction,
  publishIssueAction,
  reorderIssueArticlesAction,
  setIssueArticlesAction,
  startCorrectionAction,
  updateIssueDetailsAction,
  updateIssueSummaryAction,
} from '@/app/actions/issues';
import { issues, releaseFiles } from '@/lib/db/schema';
import type { Actor } from '@/lib/services/actor';
import { requestContext } from '@/tests/helpers/next-headers-mock';
import { createApprovedArticle } from '@/tests/helpers/approved-articles';
import { assembledIssue, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';
import { sessionTokenFor } from '@/tests/helpers/test-app';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});
afterEach(() => requestContext.reset());

type Who = 'anonymous' | 'editor' | 'chief' | 'admin';
async function signInAs(who: Who): Promise<void> {
  requestContext.reset();
  if (who === 'anonymous') return;
  const actor: Actor = desk[who];
  requestContext.signIn(await sessionTokenFor(desk.db, { id: actor.id! }));
}

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const issueRow = (id: number) => desk.db.select().from(issues).where(eq(issues.id, id)).get()!;

describe('issue actions called directly', () => {
  it.each([
    ['anonymous', { ok: false, error: 'unauthenticated' }],
    ['editor', { ok: false, error: 'forbidden' }],
  ] as const)('refuse to create an issue for %s', async (who, expected) => {
    await signInAs(who);
    const before = desk.db.select().from(issues).all().length;
    expect(await createIssueAction(null, form({ periodStart: '2027-01-01', periodEnd: '2027-01-31' }))).toMatchObject(expected);
    expect(desk.db.select().from(issues).all().length).toBe(before);
  });

  it.each(['chief', 'admin'] as const)('create an issue for the %s, ignoring forged fields', async (who) => {
    await signInAs(who);
    const result = await createIssueAction(null, form({ periodStart: '2027-02-01', periodEnd: '2027-02-28', status: 'published', revision: '9', year: '1999' }));
    expect(result).toMatchObject({ ok: true });
    const created = issueRow((result as { issueId: number }).issueId);
    expect(created).toMatchObject({ year: 2027, status: 'draft', revision: 0, periodStart: '2027-02-01' });
  });

  it('give back what was typed with the field errors', async () => {
    await signInAs('chief');
    const result = await createIssueAction(null, form({ periodStart: '2027-03-31', periodEnd: '2027-03-01', number: '' }));
    expect(result).toMatchObject({ ok: false, error: 'invalid', fields: { periodEnd: 'order' }, values: { periodStart: '2027-03-31', periodEnd: '2027-03-01' } });
  });

  it('let only the chief editor and the administrator change the assembly', async () => {
    const { issueId, articleIds } = assembledIssue(desk.db, desk.chief);
    const extra = createApprovedArticle(desk.db, desk.chief, { countryCode: 'KZ', eventDate: '2024-03-20' });
    for (const who of ['anonymous', 'editor'] as const) {
      await signInAs(who);
      expect(await setIssueArticlesAction({ issueId, add: [extra] })).toMatchObject({ ok: false });
      expect(await reorderIssueArticlesAction({ issueId, countryCode: 'KZ', articleIds: [articleIds[2]!, articleIds[0]!] })).toMatchObject({ ok: false });
      expect(await updateIssueDetailsAction(null, form({ issueId: String(issueId), placeEn: 'Nowhere' }))).toMatchObject({ ok: false });
    }
    await signInAs('admin');
    expect(await setIssueArticlesAction({ issueId, add: [extra] })).toEqual({ ok: true, issueId });
    await signInAs('chief');
    expect(await reorderIssueArticlesAction({ issueId, countryCode: 'KZ', articleIds: [extra, articleIds[2]!, articleIds[0]!] })).toEqual({ ok: true, issueId });
    expect(await setIssueArticlesAction({ issueId: -1, add: ['x' as unknown as number] })).toMatchObject({ ok: false, error: 'invalid' });
  });

  it('save and reset a summary override', async () => {
    const { issueId } = assembledIssue(desk.db, desk.chief);
    await signInAs('chief');
    const text = 'Our own paragraph: 3 events in counternarcotics were covered.';
    expect(await updateIssueSummaryAction(null, form({ issueId: String(issueId), summaryCountsEn: text, summaryCountsRu: '', summaryDigestEn: '', summaryDigestRu: '' }))).toMatchObject({ ok: true });
    expect(issueRow(issueId)).toMatchObject({ summaryCountsEn: text, summaryCountsRu: null });
    expect(await updateIssueSummaryAction(null, form({ issueId: String(issueId), resetField: 'summaryCountsEn', summaryCountsEn: 'ignored' }))).toMatchObject({ ok: true });
    expect(issueRow(issueId).summaryCountsEn).toBeNull();
  });

  it('publish for the chief editor only, refresh the public pages, then open a correction', async () => {
    const { issueId } = assembledIssue(desk.db, desk.chief);
    const publishForm = () => form({ issueId: String(issueId), langs: ['en', 'ru'] });
    for (const who of ['anonymous', 'editor'] as const) {
      await signInAs(who);
      expect(await publishIssueAction(null, publishForm())).toMatchObject({ ok: false });
      expect(issueRow(issueId).status).toBe('draft');
    }
    await signInAs('chief');
    expect(await publishIssueAction(null, form({ issueId: String(issueId), langs: 'en' }))).toMatchObject({ ok: false, error: 'confirmSingle' });
    vi.mocked(revalidatePath).mockClear();
    expect(await publishIssueAction(null, publishForm())).toEqual({ ok: true, issueId, revision: 1 });
    expect(revalidatePath).toHaveBeenCalledWith('/', 'layout');
    expect(desk.db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all()).toHaveLength(2);
    expect(await updateIssueDetailsAction(null, form({ issueId: String(issueId), placeEn: 'Astana' }))).toMatchObject({ ok: false, error: 'published' });

    await signInAs('editor');
    expect(await startCorrectionAction(null, form({ issueId: String(issueId) }))).toMatchObject({ ok: false, error: 'forbidden' });
    await signInAs('admin');
    expect(await startCorrectionAction(null, form({ issueId: String(issueId) }))).toEqual({ ok: true, issueId });
    expect(issueRow(issueId)).toMatchObject({ status: 'correction', revision: 1 });
  });

  it('report the checks when the issue is not ready', async () => {
    const { issueId } = assembledIssue(desk.db, desk.chief);
    await signInAs('chief');
    await updateIssueSummaryAction(null, form({ issueId: String(issueId), summaryCountsRu: 'В период … освещено 5 событий.' }));
    const result = await publishIssueAction(null, form({ issueId: String(issueId), langs: ['en', 'ru'] }));
    expect(result).toMatchObject({ ok: false, error: 'notReady' });
    expect((result as { problems: unknown[] }).problems).toContainEqual(expect.objectContaining({ kind: 'summaryCount', lang: 'ru' }));
  });
});
