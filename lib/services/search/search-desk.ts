import type { Db } from '@/lib/db/client';
import { searchAllArticles, searchSources, type SourceHit } from '@/lib/db/queries/search';
import type { Lang } from '@/lib/domain/lang';
import { compileSearchQuery, parseSearchQuery } from '@/lib/domain/search/query';
import { buildSnippet, plainText, type SnippetPart } from '@/lib/domain/search/snippet';
import { normaliseSourceUrl } from '@/lib/domain/source-url';
import { ROLES, type ArticleState } from '@/lib/domain/workflow';
import type { Actor } from '../actor';
import { assertActorRole } from '../actor-rights';
import type { SearchOutcome } from './search-archive';
import { filtersOf, PAGE_SIZE, type SearchParams } from './search-input';
import { highlightClauses, termAlternatives } from './term-alternatives';

export interface DeskSearchResult {
  articleId: number;
  lang: Lang;
  status: ArticleState;
  title: SnippetPart[];
  snippet: SnippetPart[];
  countryCode: string;
  eventDate: string;
  issue: string | null;
}

export type DeskSearch =
  | { kind: 'text'; outcome: SearchOutcome<DeskSearchResult> }
  | { kind: 'source'; host: string; path: string; sources: SourceHit[] };

/** A link or a bare domain ("polisia.kz", "https://kaktus.media/doc/1"): a search of the sources. */
export function sourceQuery(q: string): { host: string; path: string } | null {
  const text = q.trim();
  if (!text || /\s/.test(text)) return null;
  const hasScheme = /^https?:\/\//i.test(text);
  if (!hasScheme && !/^[^/]+\.[\p{L}]{2,}(?:[/?#].*)?$/u.test(text)) return null;
  const checked = normaliseSourceUrl(hasScheme ? text : `https://${text}`);
  if (!checked.ok) return null;
  const url = new URL(checked.url);
  const path = (url.pathname + url.search).replace(/\/+$/, '');
  return { host: url.hostname, path };
}

/**
 * The desk's search (editors and up): every article in every state, by its text, or by a source
 * link or domain, so that an editor sees at once that a report was used before.
 */
export function searchDesk(db: Db, actor: Actor, params: SearchParams, readerLang?: Lang): DeskSearch {
  assertActorRole(actor, ROLES, 'role');
  const source = sourceQuery(params.q);
  if (source) return { kind: 'source', ...source, sources: searchSources(db, source.host, source.path, 100) };
  if (!params.q.trim()) return { kind: 'text', outcome: { state: 'idle' } };
  const parsed = parseSearchQuery(params.q);
  if (!parsed.ok) return { kind: 'text', outcome: { state: 'error', error: parsed.error } };
  const page = params.page ?? 1;
  const alternatives = termAlternatives(db);
  const match = compileSearchQuery(parsed.query, alternatives);
  const marked = highlightClauses(parsed.query.must, alternatives);
  const { total, hits } = searchAllArticles(db, match, { ...filtersOf(params), preferred: readerLang, status: params.status }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return {
    kind: 'text',
    outcome: {
      state: 'done',
      total,
      page,
      pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      results: hits.map((hit) => ({
        articleId: hit.articleId,
        lang: hit.lang,
        status: hit.status,
        title: buildSnippet(hit.title || hit.titleEn || hit.titleRu, marked, 1000),
        snippet: buildSnippet(plainText([hit.digest, hit.body].filter(Boolean).join(' — ')) || hit.outlet, marked),
        countryCode: hit.countryCode,
        eventDate: hit.eventDate,
        issue: hit.issue,
      })),
    },
  };
}
