import crypto from 'node:crypto';
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { issues } from '@/lib/db/schema';
import { insertReleaseFile, issueArticleRows, listReleaseFiles, setArticlesStatus, type ReleaseFileRow } from '@/lib/db/queries/issue-desk';
import { listIssueArticles } from '@/lib/db/queries/issues';
import { insertReleaseText } from '@/lib/db/queries/release-texts';
import { releaseFileName, releaseFolder } from '@/lib/domain/issue-numbering';
import { LANGS, type Lang } from '@/lib/domain/lang';
import { resolveDataPath } from '@/lib/media/data-dir';
import type { Actor } from './actor';
import { ForbiddenError, ValidationError } from './errors';
import { checkIssue } from './check-issue';
import { assertCanAssemble, loadIssue } from './issue-access';
import { IssueNotReadyError, PublishConflictError } from './issue-errors';
import { loadEditionData } from './load-edition-data';
import { countryNamesOf, editionTextOf, publishedPhotoCopies } from './publication-text';
import { hashEdition } from './render-edition';
import { FileExistsError, moveIntoPlace, writeTempFile } from './rendering/atomic-file';
import { renderEditionCached } from './rendering/render-cached';
import type { EditionRenderer, RenderedPdf } from './rendering/rendered-pdf';
import { enqueueIssuePublished } from './mail/enqueue-mail';

export interface PublishIssueInput {
  issueId: number;
  /** Default both editions; publishing a single one needs `confirmSingleEdition`. */
  langs?: Lang[];
  confirmSingleEdition?: boolean;
}

/** The steps of a publication, replaceable so that tests can make each one fail. */
export interface PublishSteps {
  render: EditionRenderer;
  /** Writes and flushes a temporary file next to the final path; returns its path. */
  writeTemp: (finalPath: string, bytes: Uint8Array) => string | Promise<string>;
  /** Gives the temporary file its final name; never replaces an existing file. */
  moveIntoPlace: (temp: string, finalPath: string) => void | Promise<void>;
  remove: (filePath: string) => void;
  now: () => Date;
  /** Runs inside the transaction once every row is written; throwing rolls the transaction back. */
  beforeCommit: (tx: Tx) => void;
}

export const DEFAULT_PUBLISH_STEPS: PublishSteps = {
  render: (data) => renderEditionCached(data),
  writeTemp: writeTempFile,
  moveIntoPlace,
  remove: (filePath) => fs.rmSync(filePath, { force: true }),
  now: () => new Date(),
  beforeCommit: () => {},
};

export interface PublishResult {
  issueId: number;
  year: number;
  number: number;
  revision: number;
  files: ReleaseFileRow[];
}

const schema = z.object({
  issueId: z.number().int().positive(),
  langs: z.array(z.enum(LANGS)).min(1).max(2).optional(),
  confirmSingleEdition: z.boolean().optional(),
});

const publishing = new Set<number>();

/**
 * Publishes the issue as revision N+1: renders the editions into memory, writes each to a flushed
 * temporary file, moves them to their final names (releases/YEAR/NUMBER/rN-LANG.pdf, never
 * overwriting), and only then commits, in one transaction, the release_files rows, the issue's new
 * status and revision, its articles' status and the audit row. A failure removes every file this
 * call wrote; a crash can leave only files no row refers to, which sweepReleaseFiles removes.
 */
export async function publishIssue(db: Db, actor: Actor, input: PublishIssueInput, stepOverrides: Partial<PublishSteps> = {}): Promise<PublishResult> {
  assertCanAssemble(actor);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const langs = LANGS.filter((l) => (parsed.data.langs ?? LANGS).includes(l));
  if (langs.length < LANGS.length && !parsed.data.confirmSingleEdition) throw new ValidationError({ langs: 'confirmSingle' });
  const steps = { ...DEFAULT_PUBLISH_STEPS, ...stepOverrides };
  const { issueId } = parsed.data;

  if (publishing.has(issueId)) throw new PublishConflictError('inProgress');
  publishing.add(issueId);
  try {
    return await publishLocked(db, actor, issueId, langs, steps);
  } finally {
    publishing.delete(issueId);
  }
}

async function publishLocked(db: Db, actor: Actor, issueId: number, langs: Lang[], steps: PublishSteps): Promise<PublishResult> {
  const issue = loadIssue(db, issueId);
  if (issue.status === 'published') throw new ForbiddenError('published');
  const check = checkIssue(db, actor, { issueId, langs });
  if (!check.publishable) throw new IssueNotReadyError(check.problems);
  const revision = issue.revision + 1;

  // Both editions are read first, then rendered side by side (the render workers run in parallel).
  const inputs = langs.map((lang) => ({ lang, data: loadEditionData(db, { year: issue.year, number: issue.number, lang }) }));
  const renders = inputs.map(({ data }) => steps.render(data));
  const settled = await Promise.allSettled(renders);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
  const editions: Array<{ lang: Lang; contentHash: string; rendered: RenderedPdf; relPath: string; absPath: string }> = inputs.map(
    ({ lang, data }, i) => {
      const relPath = `${releaseFolder(issue.year, issue.number)}/${releaseFileName(revision, lang)}`;
      const rendered = (settled[i] as PromiseFulfilledResult<RenderedPdf>).value;
      return { lang, contentHash: hashEdition(data), rendered, relPath, absPath: resolveDataPath(relPath) };
    },
  );

  const temps: string[] = [];
  const placed: string[] = [];
  try {
    for (const edition of editions) temps.push(await steps.writeTemp(edition.absPath, edition.rendered.pdf));
    for (const [i, edition] of editions.entries()) {
      if (fs.existsSync(edition.absPath)) throw new PublishConflictError('fileExists');
      await steps.moveIntoPlace(temps[i]!, edition.absPath);
      placed.push(edition.absPath);
    }
    await placePhotoCopies(db, issueId, issue.year, issue.number, steps, temps, placed);
    const publishedAt = steps.now().toISOString();
    db.transaction((tx) => {
      const current = loadIssue(tx, issueId);
      if (current.status === 'published' || current.revision !== issue.revision) throw new PublishConflictError('published');
      for (const edition of editions) {
        // What was rendered must still be what the issue holds: nobody changed it meanwhile.
        const now = loadEditionData(tx, { year: issue.year, number: issue.number, lang: edition.lang });
        if (hashEdition(now) !== edition.contentHash) throw new PublishConflictError('changed');
        const { pdf, pageCount, sectionPages, articlePages } = edition.rendered;
        const releaseFileId = insertReleaseFile(tx, {
          issueId,
          revision,
          lang: edition.lang,
          path: edition.relPath,
          sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
          bytes: pdf.length,
          pageCount,
          toc: { sections: sectionPages, articles: articlePages },
          createdAt: publishedAt,
        });
        // The reader's text is the rendered text itself, stored in the same transaction as the file row.
        const items = listIssueArticles(tx, issueId);
        const text = editionTextOf(items, countryNamesOf(tx, items, edition.lang), now, articlePages);
        insertReleaseText(tx, { releaseFileId, summaryCounts: text.summaryCounts, summaryDigest: text.summaryDigest, articles: text.articles });
      }
      tx.update(issues)
        .set({ status: 'published', revision, publishedAt })
        .where(and(eq(issues.id, issueId), eq(issues.revision, issue.revision)))
        .run();
      const articleIds = issueArticleRows(tx, issueId).map((r) => r.articleId);
      setArticlesStatus(tx, articleIds, 'published', publishedAt);
      writeAudit(tx, {
        actorId: actor.id,
        actor: actor.label,
        action: 'publish_issue',
        entity: 'issue',
        entityId: issueId,
        details: { year: issue.year, number: issue.number, revision, langs, articles: articleIds.length },
      });
      enqueueIssuePublished(tx, actor, { id: issueId, year: issue.year, number: issue.number, revision, periodStart: issue.periodStart, periodEnd: issue.periodEnd });
      steps.beforeCommit(tx);
    });
  } catch (error) {
    for (const file of [...temps, ...placed]) {
      try {
        steps.remove(file);
      } catch {
        // the sweep at the next start removes what could not be removed now
      }
    }
    if (error instanceof FileExistsError) throw new PublishConflictError('fileExists');
    throw error;
  }
  const files = listReleaseFiles(db, issueId).filter((f) => f.revision === revision);
  return { issueId, year: issue.year, number: issue.number, revision, files };
}

/**
 * Copies the articles' photos into the issue's folder (content-addressed, never overwritten), so that
 * the published web edition keeps them whatever happens to the articles later. Files an earlier
 * revision placed are reused; the ones this call places are cleaned up with the PDFs on failure.
 */
async function placePhotoCopies(db: Db, issueId: number, year: number, number: number, steps: PublishSteps, temps: string[], placed: string[]) {
  for (const copy of publishedPhotoCopies(listIssueArticles(db, issueId), year, number)) {
    const target = resolveDataPath(copy.target);
    if (fs.existsSync(target)) continue;
    const temp = await steps.writeTemp(target, fs.readFileSync(resolveDataPath(copy.source)));
    temps.push(temp);
    try {
      await steps.moveIntoPlace(temp, target);
      placed.push(target);
    } catch (error) {
      if (!(error instanceof FileExistsError)) throw error; // a concurrent copy of the same bytes
    }
  }
}
