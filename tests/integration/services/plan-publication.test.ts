import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, issues, releaseFiles } from '@/lib/db/schema';
import { ForbiddenError } from '@/lib/services/errors';
import { IssueNotReadyError } from '@/lib/services/issue-errors';
import { planPublication } from '@/lib/services/plan-publication';
import { publishIssue } from '@/lib/services/publish-issue';
import { startCorrection } from '@/lib/services/start-correction';
import { clearRenderMemory } from '@/lib/services/rendering/render-cached';
import { assembledIssue, fakeRenderer, releaseTree, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
  clearRenderMemory();
});

describe('planning a publication (the confirmation step)', () => {
  it('names the issue, the next revision, the editions and their page counts, and writes nothing', async () => {
    const { db, dir, chief } = desk;
    const { issueId, year, number, articleIds } = assembledIssue(db, chief);
    const before = { issue: db.select().from(issues).where(eq(issues.id, issueId)).get(), audit: db.select().from(auditLog).all().length };

    const plan = await planPublication(db, chief, { issueId }, fakeRenderer());

    expect(plan).toEqual({
      issueId,
      year,
      number,
      revision: 1,
      editions: [
        { lang: 'en', pageCount: 4 + articleIds.length },
        { lang: 'ru', pageCount: 4 + articleIds.length },
      ],
    });
    expect(db.select().from(issues).where(eq(issues.id, issueId)).get()).toEqual(before.issue);
    expect(db.select().from(auditLog).all()).toHaveLength(before.audit);
    expect(db.select().from(releaseFiles).all()).toEqual([]);
    expect(releaseTree(dir)).toEqual([]);
  });

  it('plans one edition when only one is chosen', async () => {
    const { db, chief } = desk;
    const { issueId } = assembledIssue(db, chief);
    const plan = await planPublication(db, chief, { issueId, langs: ['ru'] }, fakeRenderer());
    expect(plan.editions.map((e) => e.lang)).toEqual(['ru']);
  });

  it('names the next revision of a correction', async () => {
    const { db, chief } = desk;
    const { issueId } = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    await expect(planPublication(db, chief, { issueId }, fakeRenderer())).rejects.toBeInstanceOf(ForbiddenError);
    startCorrection(db, chief, { issueId });
    expect((await planPublication(db, chief, { issueId }, fakeRenderer())).revision).toBe(2);
  });

  it('refuses an issue that is not ready, and an editor', async () => {
    const { db, chief, editor } = desk;
    const { issueId } = assembledIssue(db, chief);
    await expect(planPublication(db, editor, { issueId }, fakeRenderer())).rejects.toThrow();
    const empty = assembledIssue(db, chief, []);
    await expect(planPublication(db, chief, { issueId: empty.issueId }, fakeRenderer())).rejects.toBeInstanceOf(IssueNotReadyError);
  });
});
