import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, articleSources, issueArticles, issues } from '@/lib/db/schema';
import { findIssue } from '@/lib/db/queries/issues';
import { writeAudit } from '@/lib/db/audit';
import { importRelease } from './import-release';
import { seedReferenceData } from './seed-reference-data';

const DEMO_FILES = ['release-2024-01-en.md', 'release-2024-01-ru.md'];
export const DEMO_DIR = path.join(process.cwd(), 'tests', 'fixtures');

/**
 * The English text of January 2024 lost one title in conversion; an editor restored it from the
 * Russian edition. The demo applies that correction so that both editions can be published.
 */
const DEMO_CORRECTIONS = [
  {
    sourceContains: 'sng.fm/bishkek/31082',
    titleEn: 'KYRGYZSTAN CONTINUES TO COMBAT ILLICIT DISTRIBUTION OF DRUGS',
  },
];

export interface DemoResult {
  created: boolean;
  issueId: number;
}

/** On a database without issue #1 of 2024: imports both January 2024 editions and publishes them. */
export function seedDemo(db: Db): DemoResult {
  seedReferenceData(db);
  const existing = findIssue(db, 2024, 1);
  if (existing) return { created: false, issueId: existing.id };

  for (const file of DEMO_FILES) {
    const bytes = fs.readFileSync(path.join(DEMO_DIR, file));
    importRelease(db, { bytes, fileName: file, actor: 'demo' });
  }
  const issue = findIssue(db, 2024, 1)!;
  db.transaction((tx) => {
    for (const fix of DEMO_CORRECTIONS) {
      const ids = tx
        .select({ id: issueArticles.articleId, url: articleSources.url })
        .from(issueArticles)
        .innerJoin(articleSources, eq(articleSources.articleId, issueArticles.articleId))
        .where(eq(issueArticles.issueId, issue.id))
        .all()
        .filter((r) => r.url.includes(fix.sourceContains))
        .map((r) => r.id);
      if (ids.length === 0) continue;
      tx.update(articles)
        .set({ titleEn: fix.titleEn })
        .where(and(inArray(articles.id, ids), eq(articles.titleEn, '')))
        .run();
      writeAudit(tx, { actor: 'demo', action: 'correct_title', entity: 'article', entityId: ids[0], details: { titleEn: fix.titleEn } });
    }
    const articleIds = tx
      .select({ id: issueArticles.articleId })
      .from(issueArticles)
      .where(eq(issueArticles.issueId, issue.id))
      .all()
      .map((r) => r.id);
    const now = new Date().toISOString();
    tx.update(articles).set({ status: 'published', updatedAt: now }).where(inArray(articles.id, articleIds)).run();
    tx.update(issues).set({ status: 'published', publishedAt: now }).where(eq(issues.id, issue.id)).run();
    writeAudit(tx, { actor: 'demo', action: 'publish_issue', entity: 'issue', entityId: issue.id, details: { year: 2024, number: 1 } });
  });
  return { created: true, issueId: issue.id };
}
