import PQueue from 'p-queue';
import type { Db, Tx } from '@/lib/db/client';
import { findKnownCanonicalUrls, insertIntakeItems, listArticleSourceUrls, type NewIntakeItem } from '@/lib/db/queries/intake-items';
import { listDueFeeds, recordFeedFailure, recordFeedSuccess, type DueFeed } from '@/lib/db/queries/outlets';
import { guessCountry } from '@/lib/domain/intake/country-guess';
import { scoreItem } from '@/lib/domain/intake/relevance';
import { normaliseSourceUrl, sourceMatchKey } from '@/lib/domain/source-url';
import { FeedParseError, parseFeedBody, type FeedItem } from '@/lib/intake/parse-feed';
import { FetchRefusedError, privateAllowedByEnv, safeFetch } from '@/lib/net/safe-fetch';
import { loadIntakeMatchers, type IntakeMatchers } from './intake-matchers';

/**
 * One poll of the outlets' feeds: every active feed that is due is fetched (at most `concurrency` at a
 * time, conditional on the stored ETag / Last-Modified, 10 s, 5 MB, 5 redirects, through safeFetch's
 * address guard), parsed, and its new items stored once per canonical URL with their relevance score,
 * country guess and the article already citing them. The results are written after the network work,
 * in short transactions of up to 10 feeds each (better-sqlite3 is synchronous, so no transaction is
 * ever open across an await). A failing feed backs off exponentially: the next poll after its first
 * failure, then after 2, 4, 8 … intervals, at most a day; its last error is kept in words.
 */

export interface PollOptions {
  /** The scheduler's interval: the unit of the back-off. Default 30 minutes. */
  intervalMinutes?: number;
  /** Feeds fetched at the same time. Default 8. */
  concurrency?: number;
  /** Lets feeds on private addresses through (tests, intranets). Default MONITOR_ALLOW_PRIVATE=1. */
  allowPrivate?: boolean;
  /** Addresses let through with the guard on (tests reach their local server this way). */
  allowAddresses?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
  now?: () => Date;
}

export interface FeedError {
  outletId: number;
  name: string;
  url: string;
  error: string;
}

export interface PollReport {
  /** Feeds that were due. */
  feeds: number;
  /** Feeds that answered (with new content or 304). */
  fetched: number;
  /** Items stored by this poll. */
  new: number;
  /** New items with a relevance score above 0. */
  relevant: number;
  errors: FeedError[];
}

export const POLL_DEFAULTS = {
  intervalMinutes: 30,
  concurrency: 8,
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;
/** Next-fetch times are set this much early, so the next scheduled poll never finds them a moment in the future. */
const SLACK_MS = 60 * 1000;
const ERROR_MAX = 500;

/** How long a feed waits after its n-th failure in a row (n ≥ 1): 1, 2, 4, 8 … intervals, at most a day. */
export function backoffMs(failures: number, intervalMinutes: number): number {
  const interval = intervalMinutes * 60 * 1000;
  return Math.min(interval * 2 ** Math.max(failures - 1, 0), MAX_BACKOFF_MS);
}

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

type FeedOutcome = { kind: 'not-modified' } | { kind: 'ok'; items: FeedItem[]; etag: string | null; lastModified: string | null };

export async function pollFeeds(db: Db, options: PollOptions = {}): Promise<PollReport> {
  const now = options.now ?? (() => new Date());
  const intervalMinutes = options.intervalMinutes ?? POLL_DEFAULTS.intervalMinutes;
  const started = now();
  const due = listDueFeeds(db, started.toISOString());
  const report: PollReport = { feeds: due.length, fetched: 0, new: 0, relevant: 0, errors: [] };
  if (due.length === 0) return report;

  const matchers = loadIntakeMatchers(db);
  const sources = new ArticleSourceIndex(db);
  const writes = new WriteBatch(db, report);
  const queue = new PQueue({ concurrency: options.concurrency ?? POLL_DEFAULTS.concurrency });
  for (const feed of due) {
    void queue.add(async () => {
      if (options.signal?.aborted) return;
      let outcome: FeedOutcome;
      try {
        outcome = await fetchFeed(feed, options);
      } catch (error) {
        if (options.signal?.aborted) return;
        const failures = feed.failureCount + 1;
        const message = errorInWords(error);
        const at = now();
        writes.add(feed, (tx) => {
          recordFeedFailure(tx, feed.id, at.toISOString(), message, failures, nextFetch(at, backoffMs(failures, intervalMinutes)));
          report.errors.push({ outletId: feed.id, name: feed.name, url: feed.feedUrl, error: message });
        });
        return;
      }
      const at = now().toISOString();
      if (outcome.kind === 'not-modified') {
        writes.add(feed, (tx) => {
          recordFeedSuccess(tx, feed.id, at, null, null);
          report.fetched += 1;
        });
        return;
      }
      const rows = newItemRows(db, feed, outcome.items, matchers, sources);
      const validators = { etag: outcome.etag, lastModified: outcome.lastModified };
      writes.add(feed, (tx) => {
        // Conflicts (an item another feed stored in the meantime) are skipped, not counted.
        const stored = rows.length > 0 ? insertIntakeItems(tx, rows) : [];
        recordFeedSuccess(tx, feed.id, at, null, validators);
        report.fetched += 1;
        report.new += stored.length;
        report.relevant += stored.filter((r) => r.score > 0).length;
      });
    });
  }
  await queue.onIdle();
  writes.flush();
  report.errors.sort((a, b) => a.outletId - b.outletId);
  return report;
}

/** Feeds whose results are committed together: one commit (and fsync) per 10 feeds rather than per feed. */
export const WRITE_BATCH_FEEDS = 10;

/**
 * The feeds' results, written after their network work in short transactions of up to
 * WRITE_BATCH_FEEDS feeds (a few hundred rows, milliseconds). Each feed's writes run in their own
 * savepoint, so a feed whose writes fail (its outlet deleted meanwhile) is reported and the others
 * are kept.
 */
class WriteBatch {
  private pending: { feed: DueFeed; write: (tx: Tx) => void }[] = [];
  constructor(
    private readonly db: Db,
    private readonly report: PollReport,
  ) {}

  add(feed: DueFeed, write: (tx: Tx) => void): void {
    this.pending.push({ feed, write });
    if (this.pending.length >= WRITE_BATCH_FEEDS) this.flush();
  }

  flush(): void {
    const batch = this.pending.splice(0);
    if (batch.length === 0) return;
    this.db.transaction((tx) => {
      for (const { feed, write } of batch) {
        try {
          tx.transaction((savepoint) => write(savepoint));
        } catch (error) {
          this.report.errors.push({ outletId: feed.id, name: feed.name, url: feed.feedUrl, error: errorInWords(error) });
        }
      }
    });
  }
}

function nextFetch(at: Date, waitMs: number): string {
  return new Date(at.getTime() + Math.max(waitMs - SLACK_MS, 0)).toISOString();
}

async function fetchFeed(feed: DueFeed, options: PollOptions): Promise<FeedOutcome> {
  const result = await safeFetch(feed.feedUrl, {
    timeoutMs: options.timeoutMs ?? POLL_DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? POLL_DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? POLL_DEFAULTS.maxRedirects,
    etag: feed.etag,
    lastModified: feed.lastModified,
    accept: ACCEPT,
    allowPrivate: options.allowPrivate ?? privateAllowedByEnv(),
    ...(options.allowAddresses ? { allowAddresses: options.allowAddresses } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (result.kind === 'not-modified') return { kind: 'not-modified' };
  const parsed = parseFeedBody(result.body, result.charset, result.contentType, result.finalUrl);
  return { kind: 'ok', items: parsed.items, etag: result.etag, lastModified: result.lastModified };
}

/** The failure as the admin page shows it: what went wrong, in words, without a stack. */
export function errorInWords(error: unknown): string {
  let text: string;
  if (error instanceof FetchRefusedError) text = `${error.message} (${error.code})`;
  else if (error instanceof FeedParseError) text = `${error.message} (${error.code})`;
  else text = `Unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX - 1)}…` : text;
}

interface Candidate {
  url: string;
  key: string;
  item: FeedItem;
}

/** A feed's items that are not stored yet, scored, with their country guess and citing article: the CPU work, before any write. */
function newItemRows(db: Db, feed: DueFeed, items: FeedItem[], matchers: IntakeMatchers, sources: ArticleSourceIndex): NewIntakeItem[] {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const check = normaliseSourceUrl(item.url);
    if (!check.ok) continue;
    const key = sourceMatchKey(check.url);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ url: check.url, key, item });
  }
  const known = findKnownCanonicalUrls(db, candidates.map((c) => c.key));
  return candidates
    .filter((c) => !known.has(c.key))
    .map(({ url, key, item }) => {
      const { score, matches } = scoreItem(matchers.terms, item);
      const country = guessCountry(matchers.places, { title: item.title, summary: item.summary, outletCountry: feed.countryCode });
      return {
        canonicalUrl: key,
        url,
        outletId: feed.id,
        title: item.title,
        summary: item.summary,
        imageUrl: item.imageUrl,
        publishedAt: item.publishedAt,
        language: feed.language,
        countryCode: country.code,
        score,
        matchedTerms: JSON.stringify(matches),
        articleId: sources.articleFor(key),
      };
    });
}

/**
 * The articles' sources by sourceMatchKey, read once per poll and only if some item is new: the
 * stored links are normalised hrefs whose key (lower case, no scheme, www. or trailing slash) an
 * index cannot serve, and one pass over them beats a scan per item.
 */
class ArticleSourceIndex {
  private byKey: Map<string, number> | null = null;
  constructor(private readonly db: Db) {}

  articleFor(key: string): number | null {
    if (!this.byKey) {
      this.byKey = new Map();
      for (const { url, articleId } of listArticleSourceUrls(this.db)) {
        const k = sourceMatchKey(url);
        if (!this.byKey.has(k)) this.byKey.set(k, articleId);
      }
    }
    return this.byKey.get(key) ?? null;
  }
}
