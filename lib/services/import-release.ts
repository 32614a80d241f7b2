import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/lib/db/client';
import { ISSUE_YEAR_MAX, ISSUE_YEAR_MIN, isIssueYear } from '@/lib/domain/issue-numbering';
import { writeAudit } from '@/lib/db/audit';
import { articles, issues, organisation } from '@/lib/db/schema';
import { listCountryNames } from '@/lib/db/queries/country-names';
import { findIssue, listIssueArticles, type IssueRow } from '@/lib/db/queries/issues';
import {
  appendArticleSources,
  findReleaseImport,
  insertArticleWithSources,
  insertReleaseImport,
  setIssueArticleOrder,
} from '@/lib/db/queries/release-imports';
import { insertIntoIssueOrder, matchBySources } from '@/lib/domain/edition-match';
import type { Lang } from '@/lib/domain/lang';
import { parseReleaseText, quote, type ParsedArticle, type ParsedRelease, type ParseIssue } from '@/lib/domain/release-text';
import { sourceMatchKey } from '@/lib/domain/source-url';
import { compareImportedSummary } from './compare-imported-summary';
import { fillTranslationMemory } from './fill-translation-memory';

export interface ImportReleaseInput {
  bytes: Uint8Array;
  fileName: string;
  actor: string;
  actorId?: number | null;
}

export interface ImportReport {
  status: 'created' | 'filled' | 'unchanged';
  issueId: number;
  year: number;
  number: number;
  lang: Lang;
  articleCount: number;
  /** Articles per country, in the order of the sections in the file. */
  perCountry: { code: string; count: number }[];
  /** Line 0: about the issue rather than a line of the file. */
  warnings: ParseIssue[];
}

/** The file cannot be imported; nothing was stored. */
export class ImportError extends Error {
  constructor(
    summary: string,
    readonly issues: ParseIssue[] = [],
  ) {
    super([summary, ...issues.map(formatIssue)].join('\n'));
    this.name = 'ImportError';
  }
}

export function formatIssue(issue: ParseIssue): string {
  return issue.line > 0 ? `line ${issue.line}: ${issue.message}` : issue.message;
}

const LANG_NAME: Record<Lang, string> = { en: 'English', ru: 'Russian' };

/**
 * Imports one edition (English or Russian) of a release from its text. The first edition of an
 * issue creates the issue and its articles; the other language's edition fills the same articles,
 * paired by source link. Importing the same file again changes nothing. One transaction.
 *
 * The `untitled` flag records that some edition's text lost the title: it is set when either
 * edition comes without one and is never cleared by an import (an editor clears it).
 */
export function importRelease(db: Db, input: ImportReleaseInput): ImportReport {
  const text = decodeUtf8(input.bytes, input.fileName);
  const parsed = parseReleaseText(text, listCountryNames(db));
  if (!parsed.ok) throw new ImportError(`${input.fileName} cannot be imported:`, parsed.errors);
  const release = parsed.release;
  if (!isIssueYear(release.year)) {
    throw new ImportError(`${input.fileName} is for ${release.year}; issues belong to the years ${ISSUE_YEAR_MIN} to ${ISSUE_YEAR_MAX}.`);
  }
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const ctx: ImportContext = { input, release, sha256, warnings: [...parsed.warnings] };

  return db.transaction((tx) => {
    const issue = findIssue(tx, release.year, release.number);
    if (!issue) return createIssue(tx, ctx);
    const label = `issue #${release.number}/${release.year}`;
    const previous = findReleaseImport(tx, issue.id, release.lang);
    if (previous?.sha256 === sha256) return report(ctx, 'unchanged', issue.id);
    if (issue.status === 'published') {
      throw new ImportError(`${label} is published: its texts can no longer be replaced by an import.`);
    }
    if (previous) {
      throw new ImportError(
        `${label} already has an ${LANG_NAME[release.lang]} edition imported from ${previous.fileName}; ` +
          `${input.fileName} differs from it. Edit the articles in the application instead.`,
      );
    }
    if (issue.periodStart !== release.periodStart || issue.periodEnd !== release.periodEnd) {
      throw new ImportError(
        `${label} covers ${issue.periodStart} – ${issue.periodEnd}, but ${input.fileName} covers ${release.periodStart} – ${release.periodEnd}.`,
      );
    }
    return fillIssue(tx, issue, ctx);
  });
}

interface ImportContext {
  input: ImportReleaseInput;
  release: ParsedRelease;
  sha256: string;
  warnings: ParseIssue[];
}

function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${fileName} is not a UTF-8 text file (binary content?); nothing was imported.`);
  }
}

function createIssue(tx: DbOrTx, ctx: ImportContext): ImportReport {
  const { release } = ctx;
  const lang = release.lang;
  const org = tx.select().from(organisation).where(eq(organisation.id, 1)).get();
  const place = {
    en: lang === 'en' && release.place ? release.place : (org?.placeEn ?? ''),
    ru: lang === 'ru' && release.place ? release.place : (org?.placeRu ?? ''),
  };
  const { id: issueId } = tx
    .insert(issues)
    .values({
      year: release.year,
      number: release.number,
      periodStart: release.periodStart,
      periodEnd: release.periodEnd,
      placeEn: place.en,
      placeRu: place.ru,
      status: 'draft',
      ...(lang === 'en' ? { summaryDigestEn: release.summaryDigest } : { summaryDigestRu: release.summaryDigest }),
    })
    .returning({ id: issues.id })
    .get();
  const ids = release.articles.map((article) => insertArticle(tx, ctx, article, release.periodStart));
  setIssueArticleOrder(tx, issueId, ids);
  finishImport(tx, ctx, issueId, 'created', { articlesCreated: ids.length, articlesFilled: 0 });
  return report(ctx, 'created', issueId);
}

function fillIssue(tx: DbOrTx, issue: IssueRow, ctx: ImportContext): ImportReport {
  const { release } = ctx;
  const lang = release.lang;
  const other = LANG_NAME[lang === 'en' ? 'ru' : 'en'];
  const existing = listIssueArticles(tx, issue.id).sort((a, b) => a.position - b.position);
  const { counterpart, unmatched } = matchBySources(
    existing.map((e) => e.sources),
    release.articles.map((a) => a.sources),
  );

  const newIds = new Set<number>();
  const editionOrder = release.articles.map((article, i) => {
    const index = counterpart[i];
    const match = index == null ? undefined : existing[index];
    if (match) {
      fillArticle(tx, ctx, match.article, match.sources, article);
      return { id: match.article.id, countryCode: match.article.countryCode };
    }
    const id = insertArticle(tx, ctx, article, issue.periodStart);
    newIds.add(id);
    if (existing.length > 0) {
      ctx.warnings.push({
        line: article.line,
        message: `article ${quote(article.title || article.body)} has no counterpart in the ${other} edition (no shared source link): added as a new article`,
      });
    }
    return { id, countryCode: article.countryCode };
  });
  for (const i of unmatched) {
    const { article } = existing[i]!;
    const title = article.titleEn || article.titleRu || article.bodyEn || article.bodyRu;
    ctx.warnings.push({
      line: 0,
      message: `article #${article.id} ${quote(title)} (${article.countryCode}) is not in the ${LANG_NAME[lang]} edition: its ${LANG_NAME[lang]} text stays empty`,
    });
  }
  const order = existing.map((e) => ({ id: e.article.id, countryCode: e.article.countryCode }));
  setIssueArticleOrder(tx, issue.id, insertIntoIssueOrder(order, editionOrder, newIds));

  tx.update(issues)
    .set(
      lang === 'en'
        ? { ...(release.place ? { placeEn: release.place } : {}), ...(release.summaryDigest !== null ? { summaryDigestEn: release.summaryDigest } : {}) }
        : { ...(release.place ? { placeRu: release.place } : {}), ...(release.summaryDigest !== null ? { summaryDigestRu: release.summaryDigest } : {}) },
    )
    .where(eq(issues.id, issue.id))
    .run();
  finishImport(tx, ctx, issue.id, 'filled', { articlesCreated: newIds.size, articlesFilled: release.articles.length - newIds.size });
  return report(ctx, 'filled', issue.id);
}

function insertArticle(tx: DbOrTx, ctx: ImportContext, article: ParsedArticle, eventDate: string): number {
  const actorId = ctx.input.actorId ?? null;
  return insertArticleWithSources(
    tx,
    {
      countryCode: article.countryCode,
      eventDate,
      status: 'approved',
      ...texts(ctx.release.lang, article.title, article.body),
      outlet: article.outlet,
      untitled: article.untitled,
      authorId: actorId,
      updatedBy: actorId,
    },
    article.sources,
  );
}

type ArticleRow = typeof articles.$inferSelect;

function fillArticle(tx: DbOrTx, ctx: ImportContext, row: ArticleRow, sources: string[], article: ParsedArticle): void {
  const lang = ctx.release.lang;
  const before = lang === 'en' ? { title: row.titleEn, body: row.bodyEn } : { title: row.titleRu, body: row.bodyRu };
  // A lost title never blanks a title the article already has.
  const title = article.title || before.title;
  if (before.body && before.body !== article.body) {
    ctx.warnings.push({ line: article.line, message: `article #${row.id}: its ${LANG_NAME[lang]} text was replaced by the imported one` });
  }
  if (row.countryCode !== article.countryCode) {
    ctx.warnings.push({
      line: article.line,
      message: `article #${row.id} is under ${row.countryCode} in the issue but under ${article.countryCode} in this edition: kept under ${row.countryCode}`,
    });
  }
  tx.update(articles)
    .set({
      ...texts(lang, title, article.body),
      outlet: row.outlet || article.outlet,
      untitled: row.untitled || article.untitled,
      version: sql`${articles.version} + 1`,
      updatedAt: new Date().toISOString(),
      updatedBy: ctx.input.actorId ?? null,
    })
    .where(eq(articles.id, row.id))
    .run();
  const known = new Set(sources.map(sourceMatchKey));
  const added = article.sources.filter((url) => !known.has(sourceMatchKey(url)));
  appendArticleSources(tx, row.id, added, sources.length);
}

function texts(lang: Lang, title: string, body: string) {
  return lang === 'en' ? { titleEn: title, bodyEn: body } : { titleRu: title, bodyRu: body };
}

function finishImport(tx: DbOrTx, ctx: ImportContext, issueId: number, status: 'created' | 'filled', counts: Record<string, number>): void {
  const { release, input, sha256 } = ctx;
  insertReleaseImport(tx, { issueId, lang: release.lang, sha256, fileName: input.fileName });
  ctx.warnings.push(...compareImportedSummary(tx, issueId, release));
  // The issue's articles, now in both languages or one, become translation units in this transaction.
  fillTranslationMemory(tx, listIssueArticles(tx, issueId).map((entry) => entry.article.id));
  writeAudit(tx, {
    actorId: input.actorId ?? null,
    actor: input.actor,
    action: 'import_release',
    entity: 'issue',
    entityId: issueId,
    details: {
      status,
      lang: release.lang,
      fileName: input.fileName,
      sha256,
      year: release.year,
      number: release.number,
      articleCount: release.articles.length,
      ...counts,
      perCountry: perCountry(release.articles),
      warnings: ctx.warnings.length,
    },
  });
}

function report(ctx: ImportContext, status: ImportReport['status'], issueId: number): ImportReport {
  const { release } = ctx;
  return {
    status,
    issueId,
    year: release.year,
    number: release.number,
    lang: release.lang,
    articleCount: release.articles.length,
    perCountry: perCountry(release.articles),
    // Lines of the file in order, then what concerns the issue as a whole.
    warnings: [...ctx.warnings].sort((a, b) => (a.line || Infinity) - (b.line || Infinity)),
  };
}

function perCountry(list: ParsedArticle[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of list) counts.set(a.countryCode, (counts.get(a.countryCode) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}
