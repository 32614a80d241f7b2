import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { articles, articleSources, issueArticles, issues } from '../schema';
import { normaliseSourceUrl, sourceMatchKey } from '@/lib/domain/source-url';

export interface SourceUse {
  /** The link as this article has it. */
  url: string;
  articleId: number;
  articleTitle: string;
  articleStatus: string;
  issue: { year: number; number: number; status: string } | null;
}

/**
 * Every stored spelling that sourceMatchKey treats as the same page: the key is the link without
 * scheme, "www." and trailing slash, in lower case; stored links are normalised hrefs.
 */
function spellings(key: string): string[] {
  const out: string[] = [];
  for (const scheme of ['https://', 'http://'])
    for (const www of ['', 'www.'])
      for (const slash of ['', '/']) out.push(`${scheme}${www}${key}${slash}`);
  return out;
}

/** Other articles (and the issues they are in) that already cite one of these links. */
export function findSourceUsage(db: DbOrTx, urls: string[], exceptArticleId?: number): SourceUse[] {
  const byKey = new Map<string, string>();
  for (const url of urls) {
    const check = normaliseSourceUrl(url);
    if (check.ok) byKey.set(sourceMatchKey(check.url), check.url);
  }
  if (byKey.size === 0) return [];
  const candidates = [...byKey.keys()].flatMap(spellings);
  const rows = db
    .select({
      storedUrl: articleSources.url,
      articleId: articles.id,
      titleEn: articles.titleEn,
      titleRu: articles.titleRu,
      status: articles.status,
      issueYear: issues.year,
      issueNumber: issues.number,
      issueStatus: issues.status,
    })
    .from(articleSources)
    .innerJoin(articles, eq(articles.id, articleSources.articleId))
    .leftJoin(issueArticles, eq(issueArticles.articleId, articles.id))
    .leftJoin(issues, eq(issues.id, issueArticles.issueId))
    .where(
      and(
        inArray(sql`lower(${articleSources.url})`, candidates),
        exceptArticleId == null ? undefined : ne(articleSources.articleId, exceptArticleId),
      ),
    )
    .orderBy(asc(articles.id))
    .all();
  const uses: SourceUse[] = [];
  for (const r of rows) {
    const url = byKey.get(sourceMatchKey(r.storedUrl));
    if (!url) continue;
    uses.push({
      url,
      articleId: r.articleId,
      articleTitle: r.titleEn || r.titleRu,
      articleStatus: r.status,
      issue: r.issueYear != null && r.issueNumber != null ? { year: r.issueYear, number: r.issueNumber, status: r.issueStatus ?? '' } : null,
    });
  }
  return uses;
}
