import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { articles, auditLog, issueArticles, issues, releaseFiles } from '@/lib/db/schema';
import { openDatabase } from '@/lib/db/client';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { DEMO_DIR, seedDemo } from '@/lib/services/seed-demo';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { fakeRenderer } from '@/tests/helpers/issue-desk';
import { useTemporaryAppData } from '@/tests/helpers/test-app';

function freshDb() {
  const { dir, dbPath } = useTemporaryAppData();
  return { dir, db: openDatabase(dbPath) };
}

describe('the demo seed', () => {
  it('publishes issue #1 of 2024 through publishIssue: real files and release_files rows, the untitled title corrected', async () => {
    const { dir, db } = freshDb();
    const result = await seedDemo(db, { render: fakeRenderer() });
    expect(result.created).toBe(true);

    const issue = db.select().from(issues).where(and(eq(issues.year, 2024), eq(issues.number, 1))).get()!;
    expect(issue).toMatchObject({ id: result.issueId, status: 'published', revision: 1 });
    const files = db.select().from(releaseFiles).where(eq(releaseFiles.issueId, issue.id)).all();
    expect(files.map((f) => f.path)).toEqual(['releases/2024/1/r1-en.pdf', 'releases/2024/1/r1-ru.pdf']);
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(dir, file.path));
      expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    }
    const inIssue = db
      .select({ status: articles.status, titleEn: articles.titleEn, untitled: articles.untitled })
      .from(articles)
      .innerJoin(issueArticles, eq(issueArticles.articleId, articles.id))
      .where(eq(issueArticles.issueId, issue.id))
      .all();
    expect(inIssue).toHaveLength(26);
    expect(inIssue.every((a) => a.status === 'published' && a.titleEn !== '')).toBe(true);
    expect(inIssue.find((a) => a.untitled)?.titleEn).toBe('KYRGYZSTAN CONTINUES TO COMBAT ILLICIT DISTRIBUTION OF DRUGS');
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'publish_issue')).all()).toEqual([
      expect.objectContaining({ actor: 'demo', entityId: String(issue.id) }),
    ]);
  });

  it('changes nothing when run again (every start runs it)', async () => {
    const { db } = freshDb();
    await seedDemo(db, { render: fakeRenderer() });
    const before = { files: db.select().from(releaseFiles).all(), audit: db.select().from(auditLog).all().length };
    const render = fakeRenderer();
    expect((await seedDemo(db, { render })).created).toBe(false);
    expect(render.calls).toHaveLength(0);
    expect({ files: db.select().from(releaseFiles).all(), audit: db.select().from(auditLog).all().length }).toEqual(before);
  });

  it('finishes the publication when a previous run imported the texts but stopped before publishing', async () => {
    const { db } = freshDb();
    seedReferenceData(db);
    for (const file of ['release-2024-01-en.md', 'release-2024-01-ru.md']) {
      applyReleaseImport(db, { id: null, label: 'demo', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join(DEMO_DIR, file)), fileName: file }] });
    }
    expect(db.select().from(issues).get()?.status).toBe('draft');
    expect((await seedDemo(db, { render: fakeRenderer() })).created).toBe(true);
    expect(db.select().from(issues).get()).toMatchObject({ status: 'published', revision: 1 });
    expect(db.select().from(releaseFiles).all()).toHaveLength(2);
  });
});
