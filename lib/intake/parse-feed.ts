import { DetectError, MalformedError, parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { decodeText } from '@/lib/net/decode-text';
import { htmlToText } from './html-text';

/**
 * A fetched feed's items in one shape, whatever the format: RSS 0.9x/2.0, RDF (RSS 1.0), Atom or
 * JSON Feed, read by feedsmith (fast-xml-parser underneath). Links are resolved against the feed's
 * URL, titles and summaries are plain text, dates ISO instants.
 *
 * Hostile documents: feedsmith runs fast-xml-parser with processEntities off, so entities declared in
 * a DOCTYPE are never expanded (a "billion laughs" feed costs nothing); such a feed is refused anyway,
 * because no feed needs its own entities and its text would show "&lol9;". Malformed XML and
 * documents that are no feed throw a FeedParseError with the reason in words.
 */

export interface FeedItem {
  /** Absolute http(s) URL of the report. */
  url: string;
  title: string;
  /** Plain text, at most SUMMARY_MAX characters. */
  summary: string;
  /** ISO instant, or null when the feed gives no usable date. */
  publishedAt: string | null;
  imageUrl: string | null;
}

export interface ParsedFeed {
  format: AnyFeed['format'];
  title: string;
  items: FeedItem[];
}

export type FeedParseFailure = 'not-a-feed' | 'malformed' | 'entities' | 'too-large';

export class FeedParseError extends Error {
  readonly code: FeedParseFailure;
  constructor(code: FeedParseFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedParseError';
    this.code = code;
  }
}

/** Items kept from one document (a feed of thousands is an archive, not news). */
export const FEED_MAX_ITEMS = 500;
export const TITLE_MAX = 500;
export const SUMMARY_MAX = 1_000;
/** Characters of text parsed at most (the fetch already stops at 5 MB of bytes). */
export const FEED_MAX_CHARS = 6_000_000;

/** Decodes fetched bytes (header charset, XML prolog, BOM) and parses them. */
export function parseFeedBody(body: Buffer, charset: string | null, contentType: string, feedUrl: string): ParsedFeed {
  const json = contentType.includes('json') || firstNonSpace(body) === 0x7b; // '{'
  return parseFeedText(decodeText(body, charset, json ? 'json' : 'xml'), feedUrl);
}

function firstNonSpace(body: Buffer): number | undefined {
  let i = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  while (i < body.length && (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09)) i++;
  return body[i];
}

export function parseFeedText(text: string, feedUrl: string): ParsedFeed {
  if (text.length > FEED_MAX_CHARS) throw new FeedParseError('too-large', `The feed is longer than ${FEED_MAX_CHARS} characters`);
  if (declaresEntities(text)) {
    throw new FeedParseError('entities', 'The feed declares its own XML entities (<!DOCTYPE … <!ENTITY>), which no feed needs: refused');
  }
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(text, { maxItems: FEED_MAX_ITEMS });
  } catch (error) {
    throw feedErrorOf(error);
  }
  return { format: parsed.format, title: feedTitle(parsed), items: dedupe(itemsOf(parsed, feedUrl)) };
}

/**
 * A DOCTYPE with an internal subset that declares entities. Only the prolog is looked at (a DOCTYPE
 * may only come before the root element); this is a search for two markers, not XML parsing.
 */
function declaresEntities(text: string): boolean {
  const head = text.slice(0, 65_536);
  const doctype = head.search(/<!DOCTYPE/i);
  if (doctype < 0) return false;
  const rest = text.slice(doctype);
  const subsetEnd = rest.indexOf(']>');
  const declarations = subsetEnd < 0 ? rest : rest.slice(0, subsetEnd);
  return /<!ENTITY/i.test(declarations);
}

function feedErrorOf(error: unknown): FeedParseError {
  if (error instanceof DetectError) return new FeedParseError('not-a-feed', 'Not a feed: neither RSS, RDF, Atom nor JSON Feed', { cause: error });
  if (error instanceof MalformedError) {
    const reason = error.cause instanceof Error ? `: ${error.cause.message.slice(0, 200)}` : '';
    return new FeedParseError('malformed', `Malformed XML${reason}`, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new FeedParseError('not-a-feed', `No feed could be read from the document (${reason.slice(0, 200)})`, { cause: error });
}

function feedTitle(parsed: AnyFeed): string {
  const title = parsed.format === 'atom' ? parsed.feed.title?.value : parsed.feed.title;
  return htmlToText(typeof title === 'string' ? title : '').slice(0, TITLE_MAX);
}

interface RawItem {
  link: string | undefined;
  title: string | undefined;
  summary: string | undefined;
  dates: (string | undefined)[];
  image: string | undefined;
}

function itemsOf(parsed: AnyFeed, feedUrl: string): FeedItem[] {
  const raw: RawItem[] = [];
  switch (parsed.format) {
    case 'rss':
      for (const item of parsed.feed.items ?? []) {
        const guid = item.guid?.isPermaLink === false ? undefined : item.guid?.value;
        raw.push({
          link: item.link ?? item.atom?.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? guid,
          title: item.title ?? item.dc?.titles?.[0],
          summary: item.description ?? item.content?.encoded ?? item.dc?.descriptions?.[0],
          dates: [item.pubDate, item.dc?.dates?.[0], item.atom?.published, item.atom?.updated],
          image: item.enclosures?.find((e) => e.type?.startsWith('image/'))?.url,
        });
      }
      break;
    case 'rdf':
      for (const item of parsed.feed.items ?? []) {
        raw.push({
          link: item.link ?? item.rdf?.about,
          title: item.title ?? item.dc?.titles?.[0],
          summary: item.description ?? item.content?.encoded ?? item.dc?.descriptions?.[0],
          dates: [item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.created?.[0]],
          image: undefined,
        });
      }
      break;
    case 'atom':
      for (const entry of parsed.feed.entries ?? []) {
        const links = entry.links ?? [];
        const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
        raw.push({
          link: alternate?.href ?? (entry.id?.startsWith('http') ? entry.id : undefined),
          title: entry.title?.value,
          summary: entry.summary?.value ?? entry.content?.value,
          dates: [entry.published, entry.updated, entry.dc?.dates?.[0]],
          image: links.find((l) => l.rel === 'enclosure' && l.type?.startsWith('image/'))?.href,
        });
      }
      break;
    case 'json':
      for (const item of parsed.feed.items ?? []) {
        raw.push({
          link: item.url ?? item.external_url ?? (item.id?.startsWith('http') ? item.id : undefined),
          title: item.title,
          summary: item.summary ?? item.content_text ?? item.content_html,
          dates: [item.date_published, item.date_modified],
          image: item.image ?? item.banner_image,
        });
      }
      break;
  }
  const items: FeedItem[] = [];
  for (const r of raw) {
    const url = resolveLink(r.link, feedUrl);
    if (!url) continue;
    const title = htmlToText(r.title ?? '').slice(0, TITLE_MAX);
    const summary = shorten(htmlToText(r.summary ?? ''), SUMMARY_MAX);
    if (!title && !summary) continue;
    items.push({
      url,
      title,
      summary,
      publishedAt: firstDate(r.dates),
      imageUrl: resolveLink(r.image, feedUrl),
    });
  }
  return items;
}

/** The link as an absolute http(s) URL, resolved against the feed's own URL; anything else is none. */
export function resolveLink(link: string | undefined, base: string): string | null {
  if (typeof link !== 'string' || !link.trim() || link.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname || url.username || url.password) return null;
  url.hash = '';
  return url.href;
}

/** The first date that parses (RFC 822 as RSS writes it, or ISO 8601), between 1990 and next year. */
export function firstDate(dates: (string | undefined)[]): string | null {
  for (const raw of dates) {
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const ms = Date.parse(raw.trim());
    if (!Number.isFinite(ms)) continue;
    const year = new Date(ms).getUTCFullYear();
    if (year < 1990 || year > new Date().getUTCFullYear() + 1) continue;
    return new Date(ms).toISOString();
  }
  return null;
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** One item per URL within a feed (the first wins). */
function dedupe(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seen.has(item.url)) return false;
    seen.add(item.url);
    return true;
  });
}
