import fs from 'node:fs';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { articles, articleSources, issueArticles } from '@/lib/db/schema';
import { findIssue } from '@/lib/db/queries/issues';
import { writeAudit } from '@/lib/db/audit';
import { applyReleaseImport } from './apply-release-import';
import { seedReferenceData } from './seed-reference-data';
import { seedDemoTermbase } from './seed-demo-termbase';
import { seedDemoIntake } from './intake/seed-demo-intake';
import type { Actor } from './actor';
import { publishIssue } from './publish-issue';
import { renderEditionCached } from './rendering/render-cached';
import { renderInProcess } from './rendering/render-in-process';
import type { EditionRenderer } from './rendering/rendered-pdf';

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
  /** The demo issue was published by this call. */
  created: boolean;
  issueId: number;
}

const DEMO_ACTOR: Actor = { id: null, label: 'demo', role: 'system' };

/**
 * Imports both January 2024 editions (once) and publishes issue #1 of 2024 through publishIssue,
 * so that the demo has real edition files and release_files rows. Idempotent: an issue already
 * published is left alone; one that a previous run imported but did not publish is published now.
 */
export async function seedDemo(db: Db, options: { render?: EditionRenderer } = {}): Promise<DemoResult> {
  seedReferenceData(db);
  // Before the imports, so that the memory they fill has the termbase's names as placeholders.
  seedDemoTermbase(db);
  // The intake's relevance terms and the January sources' outlets (inactive), each only into an empty table.
  seedDemoIntake(db);
  let issue = findIssue(db, 2024, 1);
  if (issue && issue.status !== 'draft') return { created: false, issueId: issue.id };
  if (!issue) {
    for (const file of DEMO_FILES) {
      const bytes = fs.readFileSync(path.join(DEMO_DIR, file));
      applyReleaseImport(db, DEMO_ACTOR, { files: [{ bytes, fileName: file }] });
    }
    issue = findIssue(db, 2024, 1)!;
  }
  applyDemoCorrections(db, issue.id);
  await publishIssue(db, DEMO_ACTOR, { issueId: issue.id }, {
    render: (data) => renderEditionCached(data, options.render ?? renderInProcess),
  });
  return { created: true, issueId: issue.id };
}

function applyDemoCorrections(db: Db, issueId: number): void {
  db.transaction((tx) => {
    for (const fix of DEMO_CORRECTIONS) {
      const ids = tx
        .select({ id: issueArticles.articleId, url: articleSources.url })
        .from(issueArticles)
        .innerJoin(articleSources, eq(articleSources.articleId, issueArticles.articleId))
        .where(eq(issueArticles.issueId, issueId))
        .all()
        .filter((r) => r.url.includes(fix.sourceContains))
        .map((r) => r.id);
      if (ids.length === 0) continue;
      const changed = tx
        .update(articles)
        .set({ titleEn: fix.titleEn })
        .where(and(inArray(articles.id, ids), eq(articles.titleEn, '')))
        .run().changes;
      if (changed === 0) continue;
      writeAudit(tx, { actor: 'demo', action: 'correct_title', entity: 'article', entityId: ids[0], details: { titleEn: fix.titleEn } });
    }
  });
}
