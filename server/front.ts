import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@/lib/db/client';
import { publicationStamp } from '@/lib/db/queries/reader';
import { parseReleaseFilePath } from '@/lib/domain/release-urls';
import { findReleasePdf } from '@/lib/services/find-release-pdf';
import { sendStoredFile } from '@/lib/http/send-stored-file';
import { publicPagesGeneration } from '@/lib/services/public-pages-generation';
import { normaliseForwardedHeaders, trustProxyHops } from '@/lib/http/forwarded';
import { actionErrorsAsBadRequest, answerRefusal, refusalOf } from './request-guard';
import { PublicPageCache, varyByLanguage, type PublicPageCacheOptions } from './public-page-cache';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** NEXTAUTH_SECRET signs the client address handed to Next; TRUST_PROXY_HOPS proxies are believed (lib/http/forwarded.ts). */
export interface FrontTrust {
  secret?: string;
  hops?: number;
}

/** Changes made without a publication (a renamed country) show within this, plus Next's own 300 s revalidate interval. */
export const PUBLIC_PAGE_TTL_MS = 60_000;

const RELEASE_PDF = /^\/releases\/([^/]+)\/([^/]+)\/((?:r\d+\/)?(?:en|ru)\.pdf)$/;

/**
 * The front of the production server, in front of Next's request handler:
 * - published PDFs are streamed from disk with the route handler's headers (ETag, ranges, 304,
 *   Content-Length), without Next's routing and web-stream bridging;
 * - public pages are answered from the PublicPageCache once Next has rendered them.
 * Everything else, and anything the front cannot answer, goes to Next unchanged, except that
 * forwarding headers are normalised first (lib/http/forwarded.ts) and requests Next would answer
 * with a 500 before our code runs are refused with a 4xx (server/request-guard.ts).
 */
export function createFrontHandler(db: Db, next: RequestHandler, cache = defaultPageCache(db), trust: FrontTrust = {}): RequestHandler {
  const secret = trust.secret ?? process.env.NEXTAUTH_SECRET;
  const hops = trust.hops ?? trustProxyHops();
  return async (request, response) => {
    // Who is asking, from the socket and the proxies the operator trusts; client-sent copies go.
    normaliseForwardedHeaders(request, secret, hops);
    const refusal = refusalOf(request);
    if (refusal) {
      answerRefusal(response, refusal);
      return;
    }
    actionErrorsAsBadRequest(request, response);
    try {
      if (await servedReleasePdf(db, request, response)) return;
      const key = cache.keyOf(request);
      if (key !== null) {
        if (cache.serve(key, request, response)) return;
        cache.recordWhileNextAnswers(key, request, response);
      }
    } catch (error) {
      console.error('Front server:', error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
    }
    varyCachedPagesByLanguage(response);
    await next(request, response);
  };
}

/** Pages Next answers from its page cache tell shared caches, too, that they differ by language. */
function varyCachedPagesByLanguage(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (this.getHeader('x-nextjs-cache') !== undefined) this.setHeader('vary', varyByLanguage(this.getHeader('vary')));
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}

/** Stamped with the latest release file (any process) and this process's refreshPublicPages calls. */
export function defaultPageCache(db: Db, options: Partial<PublicPageCacheOptions> = {}): PublicPageCache {
  return new PublicPageCache({
    stamp: () => `${publicationStamp(db)}:${publicPagesGeneration()}`,
    ttlMs: PUBLIC_PAGE_TTL_MS,
    ...options,
  });
}

async function servedReleasePdf(db: Db, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !request.url?.startsWith('/releases/')) return false;
  const url = new URL(request.url, 'http://front');
  const match = RELEASE_PDF.exec(url.pathname);
  if (!match) return false;
  const parsed = parseReleaseFilePath(match[1]!, match[2]!, match[3]!.split('/'));
  if (!parsed || parsed.wanted.kind !== 'pdf') return false;
  const file = findReleasePdf(db, parsed.ref, parsed.wanted, url.searchParams.get('inline') === '1');
  // Unknown or missing files get Next's 404 page.
  return file !== null && (await sendStoredFile(request, response, file));
}
