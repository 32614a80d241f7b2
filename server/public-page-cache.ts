import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { LOCALE_COOKIE, SESSION_COOKIES } from '@/lib/auth/session-cookies';
import { etagMatches } from '@/lib/http/byte-range';

/**
 * The front server's cache of public pages. Next renders the archive and the issue pages once and
 * keeps them (ISR), but still spends a few milliseconds of routing, proxy and rendering machinery
 * on each request; this cache answers repeat visits from memory before Next is involved.
 *
 * What it stores: a 200 answer to an anonymous GET without a query string that Next itself served
 * from its page cache (the x-nextjs-cache header), so never a page that read the session or any
 * other request data. The page's language is decided by the proxy from the NEXT_LOCALE cookie and
 * Accept-Language (e.g. Kazakh browsers get Russian), so those two are part of the key.
 * When it drops entries: when the stamp changes (a publication by any process, or
 * refreshPublicPages in this one) and after `ttlMs` (so that changes made without a publication,
 * like a renamed country, follow Next's own revalidation closely).
 */
export interface PublicPageCacheOptions {
  /** Changes whenever a public page may have changed. */
  stamp: () => string;
  ttlMs: number;
  maxEntries?: number;
  /** All entries together (plain and gzipped bodies); the least recently used go first. */
  maxTotalBytes?: number;
  maxBodyBytes?: number;
  now?: () => number;
}

interface Entry {
  stamp: string;
  storedAt: number;
  headers: OutgoingHttpHeaders;
  etag: string | null;
  identity: Buffer;
  gzip: Buffer;
}
/** Request headers of Next's client router (RSC payloads, prefetches) and of server actions. */
const NEXT_INTERNAL_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];
const MAX_ACCEPT_LANGUAGE = 200;
/** Per-response or per-connection headers, and the proxy's internal rewrite target. */
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'set-cookie', 'x-middleware-rewrite', 'x-nextjs-cache']);

export class PublicPageCache {
  private readonly entries = new Map<string, Entry>();
  private totalBytes = 0;
  private readonly maxEntries: number;
  private readonly maxTotalBytes: number;
  private readonly maxBodyBytes: number;
  private readonly now: () => number;

  constructor(private readonly options: PublicPageCacheOptions) {
    this.maxEntries = options.maxEntries ?? 500;
    this.maxTotalBytes = options.maxTotalBytes ?? 64 * 1024 * 1024;
    this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cache key of a request it may answer, or null for one it leaves to Next untouched. */
  keyOf(request: IncomingMessage): string | null {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const url = request.url ?? '';
    if (!url.startsWith('/') || url.includes('?') || url.startsWith('/_next/') || url.startsWith('/api/')) return null;
    if (NEXT_INTERNAL_HEADERS.some((name) => name in request.headers) || 'authorization' in request.headers) return null;
    const cookies = readCookies(request.headers.cookie);
    if (!cookies || cookies.session) return null;
    const acceptLanguage = request.headers['accept-language'] ?? '';
    if (acceptLanguage.length > MAX_ACCEPT_LANGUAGE) return null;
    return `${url}\n${cookies.locale ?? ''}\n${acceptLanguage}`;
  }

  /** Answers from the cache when it holds a current entry for `key`; false when Next must answer. */
  serve(key: string, request: IncomingMessage, response: ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (entry.stamp !== this.options.stamp() || this.now() - entry.storedAt > this.options.ttlMs) {
      this.remove(key);
      return false;
    }
    this.entries.delete(key); // most recently used last
    this.entries.set(key, entry);
    if (entry.etag && etagMatches(request.headers['if-none-match'] ?? null, entry.etag)) {
      response.writeHead(304, { ...pick(entry.headers, ['etag', 'cache-control', 'vary']), 'x-release-desk-cache': 'hit' });
      response.end();
      return true;
    }
    const gzip = acceptsGzip(request.headers['accept-encoding']);
    const body = gzip ? entry.gzip : entry.identity;
    response.writeHead(200, {
      ...entry.headers,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': body.length,
      'x-release-desk-cache': 'hit',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * Lets Next answer a GET and keeps a copy of the answer if it may be stored (decided as soon as
   * the headers go out: other answers are not copied). The stamp is read before Next renders, so a
   * page rendered while a publication commits is dropped at the next request.
   */
  recordWhileNextAnswers(key: string, request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET') return;
    const stamp = this.options.stamp();
    const chunks: Buffer[] = [];
    let bytes = 0;
    let overflow = false;
    let decided = false;
    const decide = (status: number, headers: OutgoingHttpHeaders) => {
      decided = true;
      if (!storable(status, headers)) overflow = true;
    };
    const keep = (chunk: unknown, encoding: unknown) => {
      if (!decided) decide(response.statusCode, response.getHeaders());
      if (overflow || chunk == null || typeof chunk === 'function') return;
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      bytes += buffer.length;
      if (bytes > this.maxBodyBytes) overflow = true;
      else chunks.push(buffer);
    };
    // Headers given to writeHead are not always visible through getHeaders(): keep them as sent.
    let sentHeaders: OutgoingHttpHeaders | null = null;
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      const given = rest.find((arg) => typeof arg === 'object' && arg !== null);
      sentHeaders = { ...this.getHeaders(), ...lowerCaseHeaders(given) };
      if (!decided) decide(status, sentHeaders);
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse['writeHead'];
    const write = response.write;
    const end = response.end;
    response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      keep(chunk, rest[0]);
      return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as ServerResponse['end'];
    response.once('finish', () => {
      const headers = sentHeaders ?? response.getHeaders();
      if (overflow || !storable(response.statusCode, headers) || this.options.stamp() !== stamp) return;
      this.store(key, stamp, headers, Buffer.concat(chunks));
    });
  }

  private store(key: string, stamp: string, headers: OutgoingHttpHeaders, body: Buffer): void {
    const locale = rewriteLocale(headers['x-middleware-rewrite']);
    // A page in another language than the cookie of the key asks for: the key misread the request.
    const cookieLocale = key.split('\n')[1];
    if (cookieLocale && locale !== cookieLocale) return;
    const kept: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (value !== undefined && !DROPPED_HEADERS.has(name)) kept[name] = value;
    kept.vary = varyByLanguage(kept.vary);
    const etag = typeof kept.etag === 'string' ? kept.etag : null;
    // Next compresses for clients that accept it: keep both forms, whichever came.
    const gzipped = headers['content-encoding'] === 'gzip';
    const identity = gzipped ? gunzipAtMost(body, this.maxBodyBytes) : body;
    if (!identity) return;
    const gzip = gzipped ? body : zlib.gzipSync(body);
    this.remove(key);
    this.entries.set(key, { stamp, storedAt: this.now(), headers: kept, etag, identity, gzip });
    this.totalBytes += identity.length + gzip.length;
    while (this.entries.size > this.maxEntries || this.totalBytes > this.maxTotalBytes) this.remove(this.entries.keys().next().value!);
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.identity.length + entry.gzip.length;
  }
}

/** A cached page differs by the language the proxy picked from these two request headers. */
export function varyByLanguage(vary: OutgoingHttpHeaders[string]): string {
  const given = Array.isArray(vary) ? vary.join(', ') : vary === undefined ? '' : String(vary);
  return given.includes('Accept-Language') ? given : [given, 'Accept-Language', 'Cookie'].filter(Boolean).join(', ');
}

/** Only what Next served from its own page cache (static or ISR), current, with no cookie but the locale. */
function storable(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200) return false;
  const cache = headers['x-nextjs-cache'];
  if (cache !== 'HIT' && cache !== 'MISS' && cache !== 'REVALIDATED') return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'gzip') return false;
  const cookies = headers['set-cookie'];
  const list = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)];
  return list.every((cookie) => cookie.startsWith('NEXT_LOCALE='));
}

/** writeHead's headers (an object or a flat [name, value, ...] list) with lower-case names. */
function lowerCaseHeaders(given: unknown): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  if (Array.isArray(given)) {
    for (let i = 0; i + 1 < given.length; i += 2) headers[String(given[i]).toLowerCase()] = given[i + 1] as string;
  } else if (given && typeof given === 'object') {
    for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value as string | string[];
  }
  return headers;
}

/**
 * The two cookies that decide a public page: a session (then the page is not for the cache) and
 * NEXT_LOCALE. Null, to leave the request to Next, when NEXT_LOCALE is written in any way other
 * than the plain `NEXT_LOCALE=xx` that Next and the cache would both read the same.
 */
function readCookies(header: string | undefined): { session: boolean; locale: string | null } | null {
  let session = false;
  let locale: string | null = null;
  for (const part of (header ?? '').split(/; */)) {
    const at = part.indexOf('=');
    const name = (at === -1 ? part : part.slice(0, at)).trim();
    if (SESSION_COOKIES.includes(name)) session = true;
    if (name !== LOCALE_COOKIE) continue;
    const value = part.slice(at + 1);
    if (locale !== null || part.slice(0, at) !== LOCALE_COOKIE || !/^[a-z]{2}$/.test(value)) return null;
    locale = value;
  }
  return { session, locale };
}

/** The plain bytes of a gzipped body, or null when it is larger than `limit` (or not gzip). */
function gunzipAtMost(body: Buffer, limit: number): Buffer | null {
  try {
    return zlib.gunzipSync(body, { maxOutputLength: limit });
  } catch {
    return null;
  }
}

/** The language of the page the proxy rewrote to: /en/releases/2024/1 → en. */
function rewriteLocale(header: OutgoingHttpHeaders[string]): string | null {
  const target = Array.isArray(header) ? header[0] : header;
  return typeof target === 'string' ? (/^\/([a-z]{2})(?:\/|$)/.exec(target)?.[1] ?? null) : null;
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

function pick(headers: OutgoingHttpHeaders, names: string[]): OutgoingHttpHeaders {
  return Object.fromEntries(names.filter((n) => headers[n] !== undefined).map((n) => [n, headers[n]]));
}
