import type { Db } from '@/lib/db/client';
import { searchPublishedArticles } from '@/lib/db/queries/search';
import type { Lang } from '@/lib/domain/lang';
import { editionPdfPath, readingPath } from '@/lib/domain/release-urls';
import { compileSearchQuery, parseSearchQuery, type QueryError } from '@/lib/domain/search/query';
import { buildSnippet, plainText, type SnippetPart } from '@/lib/domain/search/snippet';
import { filtersOf, PAGE_SIZE, type SearchParams } from './search-input';
import { highlightClauses, termAlternatives } from './term-alternatives';

export interface ArchiveSearchResult {
  articleId: number;
  lang: Lang;
  /** The title with the matching words marked. */
  title: SnippetPart[];
  snippet: SnippetPart[];
  countryCode: string;
  countryName: string;
  eventDate: string;
  year: number;
  number: number;
  /** The article on the web edition, and its page in the PDF when the publication recorded it. */
  webHref: string;
  page: number | null;
  pdfHref: string | null;
}

export type SearchOutcome<T> =
  | { state: 'idle' }
  | { state: 'error'; error: QueryError }
  | { state: 'done'; total: number; page: number; pageCount: number; results: T[] };

/**
 * The public search: only what was published, in the published text (the text each publication
 * stored), never a draft or an article being corrected. Query syntax: lib/domain/search/query.ts.
 */
export function searchArchive(db: Db, params: SearchParams, readerLang?: Lang): SearchOutcome<ArchiveSearchResult> {
  if (!params.q.trim()) return { state: 'idle' };
  const parsed = parseSearchQuery(params.q);
  if (!parsed.ok) return { state: 'error', error: parsed.error };
  const page = params.page ?? 1;
  const alternatives = termAlternatives(db);
  const match = compileSearchQuery(parsed.query, alternatives);
  const marked = highlightClauses(parsed.query.must, alternatives);
  const { total, hits } = searchPublishedArticles(db, match, { ...filtersOf(params), preferred: readerLang }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return {
    state: 'done',
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    results: hits.map((hit) => {
      const issue = { year: hit.year, number: hit.number };
      const text = plainText([hit.digest, hit.body].filter(Boolean).join(' — ')) || hit.outlet;
      return {
        articleId: hit.articleId,
        lang: hit.lang,
        title: buildSnippet(hit.title, marked, 1000),
        snippet: buildSnippet(text, marked),
        countryCode: hit.countryCode,
        countryName: hit.countryName,
        eventDate: hit.eventDate,
        ...issue,
        webHref: `${readingPath(issue, hit.lang)}#article-${hit.articleId}`,
        page: hit.page,
        pdfHref: hit.page ? editionPdfPath(issue, hit.lang, { inline: true, page: hit.page }) : null,
      };
    }),
  };
}
