import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/lib/db/client';
import { writeAudit } from '@/lib/db/audit';
import { articles, issues } from '@/lib/db/schema';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { findIssue, listIssueArticles, type ArticleRow, type IssueRow } from '@/lib/db/queries/issues';
import {
  appendArticleSources,
  findReleaseImport,
  insertArticleWithSources,
  insertReleaseImport,
  setIssueArticleOrder,
} from '@/lib/db/queries/release-imports';
import { insertIntoIssueOrder, matchBySources } from '@/lib/domain/edition-match';
import type { Lang } from '@/lib/domain/lang';
import { quote, type ParsedArticle, type ParseIssue } from '@/lib/domain/release-text';
import { sourceMatchKey } from '@/lib/domain/source-url';
import type { Actor } from '../actor';
import { compareImportedSummary } from '../compare-imported-summary';
import { fillTranslationMemory } from '../fill-translation-memory';
import { ImportError } from './import-error';
import type { PreparedEdition } from './prepare-editions';

/** What an import did (or, in a plan, will do) with one edition. */
export interface EditionReport {
  status: 'created' | 'filled' | 'unchanged';
  issueId: number;
  fileName: string;
  format: 'text' | 'docx';
  year: number;
  number: number;
  lang: Lang;
  articleCount: number;
  /** Articles per country, in the order of the sections in the file. */
  perCountry: { code: string; count: number }[];
  /** Articles whose title the text lost (imported, flagged untitled). */
  untitled: { line: number; countryCode: string; excerpt: string }[];
  /** Line 0: about the issue rather than a line of the file. `code` says what kind (see ImportWarningCode). */
  warnings: ImportWarning[];
}

/** The warnings the import itself adds to the parser's (those carry no code). */
export type ImportWarningCode = 'no_counterpart' | 'not_in_edition' | 'text_replaced' | 'country_differs' | 'summary_differs';

export interface ImportWarning extends ParseIssue {
  code?: ImportWarningCode;
  params?: Record<string, string | number>;
}

const LANG_NAME: Record<Lang, string> = { en: 'English', ru: 'Russian' };

/**
 * Imports one edition (English or Russian) inside the caller's transaction. The first edition of
 * an issue creates the issue and its articles; the other language's edition fills the same
 * articles, paired by source link. The same file again changes nothing.
 *
 * The `untitled` flag records that some edition's text lost the title: it is set when either
 * edition comes without one and is never cleared by an import (an editor clears it).
 */
export function importEdition(tx: DbOrTx, actor: Actor, edition: PreparedEdition): EditionReport {
  const ctx: ImportContext = { actor, edition, warnings: [...edition.warnings] };
  const { release } = edition;
  const issue = findIssue(tx, release.year, release.number);
  if (!issue) return createIssue(tx, ctx);
  const label = `issue #${release.number}/${release.year}`;
  const params = { issue: `#${release.number}/${release.year}`, fileName: edition.fileName };
  const previous = findReleaseImport(tx, issue.id, release.lang);
  if (previous?.sha256 === edition.sha256) return report(ctx, 'unchanged', issue.id);
  if (issue.status === 'published') {
    throw new ImportError(`${label} is published: its texts can no longer be replaced by an import.`, 'published', params);
  }
  if (previous) {
    throw new ImportError(
      `${label} already has an ${LANG_NAME[release.lang]} edition imported from ${previous.fileName}; ` +
        `${edition.fileName} differs from it. Edit the articles in the application instead.`,
      'edition_differs',
      { ...params, lang: release.lang, previous: previous.fileName },
    );
  }
  if (issue.periodStart !== release.periodStart || issue.periodEnd !== release.periodEnd) {
    throw new ImportError(
      `${label} covers ${issue.periodStart} – ${issue.periodEnd}, but ${edition.fileName} covers ${release.periodStart} – ${release.periodEnd}.`,
      'period_differs',
      { ...params, issueStart: issue.periodStart, issueEnd: issue.periodEnd, fileStart: release.periodStart, fileEnd: release.periodEnd },
    );
  }
  return fillIssue(tx, issue, ctx);
}

interface ImportContext {
  actor: Actor;
  edition: PreparedEdition;
  warnings: ImportWarning[];
}

function createIssue(tx: DbOrTx, ctx: ImportContext): EditionReport {
  const { release } = ctx.edition;
  const lang = release.lang;
  const org = getOrganisation(tx);
  const place = {
    en: lang === 'en' && release.place ? release.place : org.placeEn,
    ru: lang === 'ru' && release.place ? release.place : org.placeRu,
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

function fillIssue(tx: DbOrTx, issue: IssueRow, ctx: ImportContext): EditionReport {
  const { release } = ctx.edition;
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
      const title = article.title || article.body;
      ctx.warnings.push({
        line: article.line,
        message: `article ${quote(title)} has no counterpart in the ${other} edition (no shared source link): added as a new article`,
        code: 'no_counterpart',
        params: { title: quote(title), country: article.countryCode },
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
      code: 'not_in_edition',
      params: { id: article.id, title: quote(title), country: article.countryCode },
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
  const actorId = ctx.actor.id;
  return insertArticleWithSources(
    tx,
    {
      countryCode: article.countryCode,
      eventDate,
      status: 'approved',
      ...texts(ctx.edition.release.lang, article.title, article.body),
      outlet: article.outlet,
      untitled: article.untitled,
      authorId: actorId,
      updatedBy: actorId,
    },
    article.sources,
  );
}

function fillArticle(tx: DbOrTx, ctx: ImportContext, row: ArticleRow, sources: string[], article: ParsedArticle): void {
  const lang = ctx.edition.release.lang;
  const before = lang === 'en' ? { title: row.titleEn, body: row.bodyEn } : { title: row.titleRu, body: row.bodyRu };
  // A lost title never blanks a title the article already has.
  const title = article.title || before.title;
  if (before.body && before.body !== article.body) {
    ctx.warnings.push({
      line: article.line,
      message: `article #${row.id}: its ${LANG_NAME[lang]} text was replaced by the imported one`,
      code: 'text_replaced',
      params: { id: row.id },
    });
  }
  if (row.countryCode !== article.countryCode) {
    ctx.warnings.push({
      line: article.line,
      message: `article #${row.id} is under ${row.countryCode} in the issue but under ${article.countryCode} in this edition: kept under ${row.countryCode}`,
      code: 'country_differs',
      params: { id: row.id, issueCountry: row.countryCode, fileCountry: article.countryCode },
    });
  }
  tx.update(articles)
    .set({
      ...texts(lang, title, article.body),
      outlet: row.outlet || article.outlet,
      untitled: row.untitled || article.untitled,
      version: sql`${articles.version} + 1`,
      updatedAt: new Date().toISOString(),
      updatedBy: ctx.actor.id,
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
  const { actor, edition } = ctx;
  const { release, sha256, fileName } = edition;
  insertReleaseImport(tx, { issueId, lang: release.lang, sha256, fileName });
  ctx.warnings.push(
    ...compareImportedSummary(tx, issueId, release).map((issue) => ({
      ...issue,
      code: 'summary_differs' as const,
      params: { text: issue.summary.text, generated: issue.summary.generated },
    })),
  );
  // The issue's articles, now in both languages or one, become translation units in this transaction.
  fillTranslationMemory(tx, listIssueArticles(tx, issueId).map((entry) => entry.article.id));
  writeAudit(tx, {
    actorId: actor.id,
    actor: actor.label,
    action: 'import_release',
    entity: 'issue',
    entityId: issueId,
    details: {
      status,
      lang: release.lang,
      fileName,
      format: edition.format,
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

function report(ctx: ImportContext, status: EditionReport['status'], issueId: number): EditionReport {
  const { release, fileName, format } = ctx.edition;
  return {
    status,
    issueId,
    fileName,
    format,
    year: release.year,
    number: release.number,
    lang: release.lang,
    articleCount: release.articles.length,
    perCountry: perCountry(release.articles),
    untitled: release.articles
      .filter((a) => a.untitled)
      .map((a) => ({ line: a.line, countryCode: a.countryCode, excerpt: a.body.slice(0, 160) })),
    // Lines of the file in order, then what concerns the issue as a whole.
    warnings: [...ctx.warnings].sort((a, b) => (a.line || Infinity) - (b.line || Infinity)),
  };
}

function perCountry(list: ParsedArticle[]): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const a of list) counts.set(a.countryCode, (counts.get(a.countryCode) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count }));
}
