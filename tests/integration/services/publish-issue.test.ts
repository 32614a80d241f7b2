import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { articles, auditLog, issues, releaseFiles } from '@/lib/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/services/errors';
import { IssueNotReadyError, PublishConflictError } from '@/lib/services/issue-errors';
import { publishIssue, type PublishSteps } from '@/lib/services/publish-issue';
import { moveIntoPlace, writeTempFile } from '@/lib/services/rendering/atomic-file';
import { setIssueArticles } from '@/lib/services/set-issue-articles';
import { startCorrection } from '@/lib/services/start-correction';
import { sweepReleaseFiles } from '@/lib/services/sweep-release-files';
import { transitionArticle } from '@/lib/services/transition-article';
import { updateIssue } from '@/lib/services/update-issue';
import { assembledIssue, fakeRenderer, releaseTree, setupDesk, type DeskSetup } from '@/tests/helpers/issue-desk';

let desk: DeskSetup;
beforeEach(async () => {
  desk = await setupDesk();
});

const CLOCK = () => new Date('2024-04-02T09:30:00.000Z');
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

/** Everything a publication may touch, to compare before and after a failed one. */
function snapshot(issueId: number, articleIds: number[]) {
  const { db, dir } = desk;
  return {
    issue: db.select().from(issues).where(eq(issues.id, issueId)).get(),
    articles: db.select({ id: articles.id, status: articles.status, version: articles.version }).from(articles).where(inArray(articles.id, articleIds)).all(),
    files: db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all(),
    audit: db.select().from(auditLog).all().length,
    tree: releaseTree(dir),
  };
}

describe('publishing an issue', () => {
  it('stores both editions under releases/YEAR/NUMBER/r1-LANG.pdf, with the page count and contents pages the (fake) renderer reported, and marks issue and articles in one go', async () => {
    const { db, dir, chief } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief);
    const render = fakeRenderer();
    const result = await publishIssue(db, chief, { issueId }, { render, now: CLOCK });

    expect(result).toMatchObject({ issueId, year, number, revision: 1 });
    expect(render.calls.map((d) => d.lang)).toEqual(['en', 'ru']);
    const rows = db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all();
    expect(rows.map((r) => [r.revision, r.lang, r.path])).toEqual([
      [1, 'en', `releases/${year}/${number}/r1-en.pdf`],
      [1, 'ru', `releases/${year}/${number}/r1-ru.pdf`],
    ]);
    for (const row of rows) {
      const bytes = fs.readFileSync(path.join(dir, row.path));
      expect(row.sha256).toBe(sha256(bytes));
      expect(row.bytes).toBe(bytes.length);
      // Made up by the fake renderer: this proves the publication stores what the renderer reports. Where the real
      // renderer's pages stand is checked against the PDF in january-editions.test.ts.
      expect(row.pageCount).toBe(4 + articleIds.length);
      expect(row.toc.sections).toEqual({ KZ: 3, CN: 4 });
      expect(Object.keys(row.toc.articles).sort()).toEqual(articleIds.map(String).sort());
      expect(row.createdAt).toBe(CLOCK().toISOString());
    }
    expect(releaseTree(dir)).toEqual([`releases/${year}/${number}/r1-en.pdf`, `releases/${year}/${number}/r1-ru.pdf`]);
    expect(db.select().from(issues).where(eq(issues.id, issueId)).get()).toMatchObject({
      status: 'published',
      revision: 1,
      publishedAt: CLOCK().toISOString(),
    });
    const statuses = db.select({ status: articles.status }).from(articles).where(inArray(articles.id, articleIds)).all();
    expect(statuses.every((a) => a.status === 'published')).toBe(true);
    const audit = db.select().from(auditLog).where(eq(auditLog.action, 'publish_issue')).all().at(-1);
    expect(audit).toMatchObject({ actor: chief.label, entityId: String(issueId), details: { revision: 1, langs: ['en', 'ru'] } });
  });

  it('publishes a single edition only when that is confirmed', async () => {
    const { db, dir, chief } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief, [{ countryCode: 'TM' }]);
    const before = snapshot(issueId, articleIds);
    await expect(publishIssue(db, chief, { issueId, langs: ['en'] }, { render: fakeRenderer() })).rejects.toThrow(ValidationError);
    expect(snapshot(issueId, articleIds)).toEqual(before);
    await publishIssue(db, chief, { issueId, langs: ['en'], confirmSingleEdition: true }, { render: fakeRenderer() });
    expect(db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all().map((r) => r.lang)).toEqual(['en']);
    expect(releaseTree(dir).filter((p) => p.startsWith(`releases/${year}/${number}/`))).toEqual([`releases/${year}/${number}/r1-en.pdf`]);
  });

  it('is refused to editors, and while the checks find errors', async () => {
    const { db, chief, editor } = desk;
    const { issueId, articleIds } = assembledIssue(db, chief, [{ countryCode: 'KZ' }, { countryCode: 'KZ' }]);
    const before = snapshot(issueId, articleIds);
    await expect(publishIssue(db, editor, { issueId }, { render: fakeRenderer() })).rejects.toThrow(ForbiddenError);
    transitionArticle(db, chief, { id: articleIds[0]!, transition: 'reopen', comment: 'The figures are wrong' });
    const during = snapshot(issueId, articleIds);
    const render = fakeRenderer();
    const error = await publishIssue(db, chief, { issueId }, { render }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssueNotReadyError);
    expect((error as IssueNotReadyError).problems).toContainEqual(expect.objectContaining({ kind: 'notApproved', articleId: articleIds[0] }));
    expect(render.calls).toHaveLength(0);
    expect(snapshot(issueId, articleIds)).toEqual(during);
    expect(during.issue).toEqual(before.issue);
  });

  const failures: Array<[string, (fail: () => never) => Partial<PublishSteps>]> = [
    ['rendering the second edition', (fail) => {
      const render = fakeRenderer();
      return { render: async (data) => (data.lang === 'ru' ? fail() : render(data)) };
    }],
    ['writing the second temporary file', (fail) => {
      let n = 0;
      return { writeTemp: (finalPath: string, bytes: Uint8Array) => (++n === 2 ? fail() : writeTempFile(finalPath, bytes)) };
    }],
    ['renaming the second file into place', (fail) => {
      let n = 0;
      return { moveIntoPlace: (temp: string, finalPath: string) => (++n === 2 ? fail() : moveIntoPlace(temp, finalPath)) };
    }],
    ['committing the transaction', (fail) => ({ beforeCommit: () => fail() })],
  ];

  it.each(failures)('leaves everything as it was when %s fails', async (_step, inject) => {
    const { db, chief } = desk;
    const { issueId, articleIds } = assembledIssue(db, chief);
    const before = snapshot(issueId, articleIds);
    const fail = (): never => {
      throw new Error('injected failure');
    };
    await expect(publishIssue(db, chief, { issueId }, { render: fakeRenderer(), ...inject(fail) })).rejects.toThrow('injected failure');
    expect(snapshot(issueId, articleIds)).toEqual(before);
    // …and the issue can be published afterwards.
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(snapshot(issueId, articleIds).issue).toMatchObject({ status: 'published', revision: 1 });
  });

  it('notices a change made while it was rendering, and publishes nothing', async () => {
    const { db, chief } = desk;
    const { issueId, articleIds } = assembledIssue(db, chief);
    const before = snapshot(issueId, articleIds);
    const render = fakeRenderer();
    let changed = false;
    const racing = async (data: Parameters<typeof render>[0]) => {
      if (!changed) {
        changed = true;
        updateIssue(db, chief, { issueId, placeEn: 'Astana' });
      }
      return render(data);
    };
    await expect(publishIssue(db, chief, { issueId }, { render: racing })).rejects.toThrow(PublishConflictError);
    const after = snapshot(issueId, articleIds);
    expect(after.files).toEqual([]);
    expect(after.tree).toEqual(before.tree);
    expect(after.issue).toMatchObject({ status: 'draft', revision: 0, placeEn: 'Astana' });
  });

  it('never overwrites a file that is already there; the start-up sweep removes such a leftover', async () => {
    const { db, dir, chief } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief);
    const stray = path.join(dir, `releases/${year}/${number}/r1-en.pdf`);
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'left by a publication that died');
    fs.writeFileSync(path.join(path.dirname(stray), '.r1-ru.pdf.123-abcd.tmp'), 'half a file');
    const before = snapshot(issueId, articleIds);

    await expect(publishIssue(db, chief, { issueId }, { render: fakeRenderer() })).rejects.toThrow(PublishConflictError);
    expect(fs.readFileSync(stray, 'utf8')).toBe('left by a publication that died');
    expect(snapshot(issueId, articleIds)).toEqual(before);

    const swept = sweepReleaseFiles(db);
    expect(swept.removed.sort()).toEqual([`releases/${year}/${number}/.r1-ru.pdf.123-abcd.tmp`, `releases/${year}/${number}/r1-en.pdf`]);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(sweepReleaseFiles(db).removed).toEqual([]);
    expect(releaseTree(dir).filter((p) => p.startsWith(`releases/${year}/${number}/`))).toHaveLength(2);
  });
});

describe('a correction', () => {
  it('publishes revision 2 while the files of revision 1 stay as they were', async () => {
    const { db, dir, chief, editor } = desk;
    const { issueId, articleIds, year, number } = assembledIssue(db, chief);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    const first = db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all();
    const firstBytes = first.map((f) => fs.readFileSync(path.join(dir, f.path)));

    expect(() => startCorrection(db, editor, { issueId })).toThrow(ForbiddenError);
    const opened = startCorrection(db, chief, { issueId });
    expect(opened).toMatchObject({ status: 'correction', revision: 1 });
    const statuses = db.select({ status: articles.status }).from(articles).where(inArray(articles.id, articleIds)).all();
    expect(statuses.every((a) => a.status === 'approved')).toBe(true);
    expect(() => startCorrection(db, chief, { issueId })).toThrow(ForbiddenError);

    setIssueArticles(db, chief, { issueId, remove: [articleIds[1]!] });
    const result = await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(result.revision).toBe(2);

    const all = db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issueId)).all();
    expect(all.map((f) => `${f.revision}-${f.lang}`).sort()).toEqual(['1-en', '1-ru', '2-en', '2-ru']);
    first.forEach((f, i) => {
      expect(fs.readFileSync(path.join(dir, f.path)).equals(firstBytes[i]!)).toBe(true);
      expect(sha256(firstBytes[i]!)).toBe(f.sha256);
    });
    const second = all.filter((f) => f.revision === 2);
    for (const f of second) expect(f.sha256).not.toBe(first.find((g) => g.lang === f.lang)!.sha256);
    expect(releaseTree(dir).filter((p) => p.startsWith(`releases/${year}/${number}/`))).toEqual(
      (['r1-en', 'r1-ru', 'r2-en', 'r2-ru'] as const).map((n) => `releases/${year}/${number}/${n}.pdf`),
    );
    expect(db.select().from(issues).where(eq(issues.id, issueId)).get()).toMatchObject({ status: 'published', revision: 2 });
    const removedStatus = db.select({ status: articles.status }).from(articles).where(eq(articles.id, articleIds[1]!)).get();
    expect(removedStatus?.status).toBe('approved');
  });

  it('refuses to rewrite the stored rows of a published revision (the table is append-only)', async () => {
    const { db, chief } = desk;
    const { issueId } = assembledIssue(db, chief, [{ countryCode: 'RU' }]);
    await publishIssue(db, chief, { issueId }, { render: fakeRenderer() });
    expect(() => db.update(releaseFiles).set({ sha256: 'x' }).where(eq(releaseFiles.issueId, issueId)).run()).toThrow();
    expect(() => db.delete(releaseFiles).where(eq(releaseFiles.issueId, issueId)).run()).toThrow();
  });
});
