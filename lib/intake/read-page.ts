import { decodeText } from '@/lib/net/decode-text';
import { FetchRefusedError, safeFetch, type FetchRefusal, type SafeFetchOptions } from '@/lib/net/safe-fetch';
import { extractPage, type ExtractedPage } from './extract-page';

/** Why a link could not be read: the fetcher's refusal, or an answer that is no HTML page. */
export type PageReadFailure = FetchRefusal | 'not-html';

export class PageReadError extends Error {
  constructor(
    readonly code: PageReadFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PageReadError';
  }
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/**
 * Fetches a web page with the safe fetcher (limits, address guard) and extracts what a draft needs.
 * `url` must be an absolute http(s) URL; the result's finalUrl is where the redirects ended.
 * Throws PageReadError with the reason (FetchRefusal codes, or 'not-html' for a PDF, an image...).
 */
export async function readPage(url: string, options: SafeFetchOptions = {}): Promise<{ finalUrl: string; page: ExtractedPage }> {
  let result;
  try {
    result = await safeFetch(url, { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', ...options, etag: null, lastModified: null });
  } catch (error) {
    if (error instanceof FetchRefusedError) throw new PageReadError(error.code, error.message, error.status);
    throw error;
  }
  if (result.kind !== 'ok') throw new PageReadError('network', 'Unexpected 304 to an unconditional request');
  if (!HTML_TYPES.has(result.contentType)) throw new PageReadError('not-html', `The link is ${result.contentType}, not a web page`);
  const html = decodeText(result.body, result.charset, 'html');
  return { finalUrl: result.finalUrl, page: extractPage(html, result.finalUrl) };
}
