import type { Db } from '../client';
import type { Lang } from '@/lib/domain/lang';
import type { ArticleState } from '@/lib/domain/workflow';

export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export interface SearchFilters {
  countryCode?: string;
  /** Event dates, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  issue?: { year: number; number: number };
  lang?: Lang;
  /** With no language asked for, an article matching in both is shown in this one (the reader's). */
  preferred?: Lang;
  sort: SearchSort;
}

export interface SearchPage {
  limit: number;
  offset: number;
}

/** Title hits count most, then the digest phrase, then body and outlet (bm25 weights by column). */
const WEIGHTS = '8.0, 3.0, 1.0, 1.0';

export interface PublishedHit {
  publishedArticleId: number;
  articleId: number;
  lang: Lang;
  title: string;
  digest: string;
  body: string;
  outlet: string;
  countryCode: string;
  countryName: string;
  eventDate: string;
  page: number | null;
  year: number;
  number: number;
}

/**
 * Published articles matching an FTS5 expression over the stored published text: only the latest
 * published revision of public issues, never a withheld text; one hit per article and issue (the
 * better-ranked language when none is asked for).
 */
export function searchPublishedArticles(db: Db, match: string, filters: SearchFilters, page: SearchPage): { total: number; hits: PublishedHit[] } {
  const where = [
    'published_search MATCH @match',
    "i.status IN ('published', 'correction')",
    'rf.revision = i.revision',
    'pa.withheld = 0',
    ...filterClauses(filters, { country: 'pa.country_code', date: 'pa.event_date', lang: 'rf.lang', year: 'i.year', number: 'i.number' }),
  ].join(' AND ');
  const ranked = `
    SELECT pa.id AS publishedArticleId, pa.article_id AS articleId, rf.lang AS lang, pa.title, pa.digest, pa.body, pa.outlet,
           pa.country_code AS countryCode, pa.country_name AS countryName, pa.event_date AS eventDate, pa.page,
           i.year, i.number, i.id AS issueId, bm25(published_search, ${WEIGHTS}) AS rank
    FROM published_search
    JOIN published_articles pa ON pa.id = published_search.rowid
    JOIN release_files rf ON rf.id = pa.release_file_id
    JOIN issues i ON i.id = rf.issue_id
    WHERE ${where}`;
  const deduped = `
    SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY articleId, issueId ORDER BY lang = @preferred DESC, rank) AS n FROM (${ranked})) WHERE n = 1`;
  const params = { ...bindings(filters), match, preferred: filters.lang ?? filters.preferred ?? 'en', limit: page.limit, offset: page.offset };
  return pageOf<PublishedHit>(db, deduped, params, filters.sort);
}

export interface DeskHit {
  articleId: number;
  lang: Lang;
  status: ArticleState;
  titleEn: string;
  titleRu: string;
  title: string;
  digest: string;
  body: string;
  outlet: string;
  countryCode: string;
  eventDate: string;
  updatedAt: string;
  issue: string | null;
}

/** Every article in every state matching an FTS5 expression (the desk's search); one hit per article. */
export function searchAllArticles(db: Db, match: string, filters: SearchFilters & { status?: ArticleState }, page: SearchPage): { total: number; hits: DeskHit[] } {
  const where = [
    'article_search MATCH @match',
    ...filterClauses(filters, { country: 'a.country_code', date: 'a.event_date', lang: "(CASE article_search.rowid % 2 WHEN 0 THEN 'en' ELSE 'ru' END)" }),
    ...(filters.status ? ['a.status = @status'] : []),
  ].join(' AND ');
  const ranked = `
    SELECT a.id AS articleId, CASE article_search.rowid % 2 WHEN 0 THEN 'en' ELSE 'ru' END AS lang, a.status,
           a.title_en AS titleEn, a.title_ru AS titleRu,
           CASE article_search.rowid % 2 WHEN 0 THEN a.title_en ELSE a.title_ru END AS title,
           CASE article_search.rowid % 2 WHEN 0 THEN a.digest_en ELSE a.digest_ru END AS digest,
           CASE article_search.rowid % 2 WHEN 0 THEN a.body_en ELSE a.body_ru END AS body,
           a.outlet, a.country_code AS countryCode, a.event_date AS eventDate, a.updated_at AS updatedAt,
           (SELECT '#' || i.number || '/' || i.year FROM issue_articles ia JOIN issues i ON i.id = ia.issue_id WHERE ia.article_id = a.id LIMIT 1) AS issue,
           bm25(article_search, ${WEIGHTS}) AS rank
    FROM article_search
    JOIN articles a ON a.id = article_search.rowid / 2
    WHERE ${where}`;
  const deduped = `SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY articleId ORDER BY lang = @preferred DESC, rank) AS n FROM (${ranked})) WHERE n = 1`;
  const params = { ...bindings(filters), status: filters.status ?? null, match, preferred: filters.lang ?? filters.preferred ?? 'en', limit: page.limit, offset: page.offset };
  return pageOf<DeskHit>(db, deduped, params, filters.sort);
}

/** One page of the ranked hits and, in the same statement, how many there are in all. */
function pageOf<T>(db: Db, deduped: string, params: Record<string, unknown>, sort: SearchSort): { total: number; hits: T[] } {
  const rows = db.$client
    .prepare(`SELECT *, count(*) OVER () AS total FROM (${deduped}) ORDER BY ${orderBy(sort, 'eventDate')} LIMIT @limit OFFSET @offset`)
    .all(params) as Array<T & { total: number }>;
  if (rows.length > 0 || (params.offset as number) === 0) return { total: rows[0]?.total ?? 0, hits: rows };
  // Past the last page: the count still comes from the whole result.
  const total = (db.$client.prepare(`SELECT count(*) AS n FROM (${deduped})`).get(params) as { n: number }).n;
  return { total, hits: [] };
}

function filterClauses(filters: SearchFilters, columns: { country: string; date: string; lang: string; year?: string; number?: string }): string[] {
  const clauses: string[] = [];
  if (filters.countryCode) clauses.push(`${columns.country} = @country`);
  if (filters.from) clauses.push(`${columns.date} >= @from`);
  if (filters.to) clauses.push(`${columns.date} <= @to`);
  if (filters.lang) clauses.push(`${columns.lang} = @lang`);
  if (filters.issue && columns.year && columns.number) clauses.push(`${columns.year} = @issueYear AND ${columns.number} = @issueNumber`);
  return clauses;
}

function bindings(filters: SearchFilters): Record<string, string | number | null> {
  return {
    country: filters.countryCode ?? null,
    from: filters.from ?? null,
    to: filters.to ?? null,
    lang: filters.lang ?? null,
    issueYear: filters.issue?.year ?? null,
    issueNumber: filters.issue?.number ?? null,
  };
}

function orderBy(sort: SearchSort, date: string): string {
  if (sort === 'newest') return `${date} DESC, rank`;
  if (sort === 'oldest') return `${date} ASC, rank`;
  return `rank, ${date} DESC`;
}

export interface SourceHit {
  url: string;
  articleId: number;
  titleEn: string;
  titleRu: string;
  status: ArticleState;
  eventDate: string;
  issue: string | null;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Articles in any state citing a link on this host (and its subdomains, "www." or not), or, with a
 * path, that page and the pages below it. Stored links are normalised hrefs (punycode hosts).
 */
export function searchSources(db: Db, host: string, path: string, limit: number): SourceHit[] {
  const bare = likeEscape(host.toLowerCase().replace(/^www\./, ''));
  const tail = path && path !== '/' ? likeEscape(path) : '/';
  const patterns = [`%://${bare}${tail}%`, `%://www.${bare}${tail}%`, `%.${bare}${tail}%`];
  if (tail === '/') patterns.push(`%://${bare}`, `%://www.${bare}`);
  return db.$client
    .prepare(
      `SELECT s.url, a.id AS articleId, a.title_en AS titleEn, a.title_ru AS titleRu, a.status, a.event_date AS eventDate,
              (SELECT '#' || i.number || '/' || i.year FROM issue_articles ia JOIN issues i ON i.id = ia.issue_id WHERE ia.article_id = a.id LIMIT 1) AS issue
       FROM article_sources s JOIN articles a ON a.id = s.article_id
       WHERE ${patterns.map((_, i) => `lower(s.url) LIKE @p${i} ESCAPE '\\'`).join(' OR ')}
       ORDER BY a.event_date DESC, a.id DESC LIMIT @limit`,
    )
    .all({ ...Object.fromEntries(patterns.map((p, i) => [`p${i}`, p])), limit }) as SourceHit[];
}

/** Countries and years that published articles hold, for the public search's filters. */
export function listPublishedFacets(db: Db, lang: Lang): { countries: Array<{ code: string; name: string }>; years: number[] } {
  const client = db.$client;
  const countries = client
    .prepare(
      `SELECT DISTINCT pa.country_code AS code, pa.country_name AS name
       FROM published_articles pa JOIN release_files rf ON rf.id = pa.release_file_id JOIN issues i ON i.id = rf.issue_id
       WHERE rf.lang = ? AND rf.revision = i.revision AND i.status IN ('published', 'correction') ORDER BY name`,
    )
    .all(lang) as Array<{ code: string; name: string }>;
  const years = (client.prepare(`SELECT DISTINCT year FROM issues WHERE status IN ('published', 'correction') AND revision > 0 ORDER BY year DESC`).all() as Array<{ year: number }>).map((r) => r.year);
  return { countries, years };
}

/** Rebuilds both search indexes from the articles and the published texts (npm run search:rebuild). */
export function rebuildSearchIndex(db: Db): { articles: number; published: number } {
  const client = db.$client;
  return client.transaction(() => {
    client.exec(`
      DELETE FROM article_search;
      INSERT INTO article_search(rowid, title, digest, body, outlet)
        SELECT id * 2, search_stem(title_en), search_stem(digest_en), search_stem(body_en), search_stem(outlet) FROM articles
        UNION ALL
        SELECT id * 2 + 1, search_stem(title_ru), search_stem(digest_ru), search_stem(body_ru), search_stem(outlet) FROM articles;
      DELETE FROM published_search;
      INSERT INTO published_search(rowid, title, digest, body, outlet)
        SELECT id, search_stem(title), search_stem(digest), search_stem(body), search_stem(outlet) FROM published_articles;
      INSERT INTO article_search(article_search) VALUES ('optimize');
      INSERT INTO published_search(published_search) VALUES ('optimize');
    `);
    const count = (table: string) => (client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), published: count('published_articles') };
  })();
}
