import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/**
 * Fetching URLs that users type or feeds name, without becoming a server-side request forgery tool.
 *
 * Why request-filtering-agent over node's http/https (and not undici with a connect hook): the agent
 * checks the address inside `createConnection`, on the very answer of the DNS lookup the socket then
 * connects to (every answer when node asks for all of them), and IP literals before any connect.
 * There is no separate "resolve, check, then connect" step whose DNS answer could change in between
 * (DNS rebinding). Its ranges come from ipaddr.js: everything that is not public unicast is refused
 * (private, loopback, link-local incl. 169.254.169.254, CGNAT, unique-local and IPv4-mapped IPv6,
 * NAT64, 6to4, multicast, reserved, 0.0.0.0 and ::). Node's own http keeps redirects in our hands, so
 * each hop goes through the same agent; node's fetch (undici) takes no http.Agent, and a hand-written
 * undici connector would re-implement exactly this check.
 */

export interface SafeFetchOptions {
  /** For the whole request including the body and every redirect (a slow drip is cut). Default 10 s. */
  timeoutMs?: number;
  /** Decompressed body size limit; bigger → 'too-large' (Content-Length checked first, then counted). Default 5 MiB. */
  maxBytes?: number;
  /** Default 5; each hop is checked like the first. */
  maxRedirects?: number;
  /** Conditional request: a 304 answer gives kind 'not-modified'. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Lets private and loopback addresses through (tests, intranets). Default: MONITOR_ALLOW_PRIVATE=1. */
  allowPrivate?: boolean;
  /**
   * Addresses or CIDR ranges let through even with the guard on (an intranet feed host; tests reach
   * their local server this way while every other private address stays refused).
   */
  allowAddresses?: readonly string[];
  signal?: AbortSignal;
  /**
   * The resolver to use instead of the system's (tests inject one to stay hermetic). Its answers are
   * checked by the agent exactly like the system resolver's.
   */
  lookup?: LookupFunction;
}

export type SafeFetchResult =
  | { kind: 'not-modified'; url: string; finalUrl: string }
  | {
      kind: 'ok';
      url: string;
      finalUrl: string;
      status: number;
      contentType: string;
      charset: string | null;
      etag: string | null;
      lastModified: string | null;
      body: Buffer;
    };

export const FETCH_REFUSALS = [
  'scheme',
  'private-address',
  'too-many-redirects',
  'too-large',
  'timeout',
  'http-status',
  'dns',
  'network',
  'credentials',
] as const;
export type FetchRefusal = (typeof FETCH_REFUSALS)[number];

export class FetchRefusedError extends Error {
  readonly code: FetchRefusal;
  readonly status?: number;

  constructor(code: FetchRefusal, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FetchRefusedError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

/** "ReleaseDesk/1.0 (+https://desk.example.org)" when the public address is configured. */
export function userAgent(env: Record<string, string | undefined> = process.env): string {
  const site = env.PUBLIC_URL || env.NEXTAUTH_URL;
  return site ? `ReleaseDesk/1.0 (+${site})` : 'ReleaseDesk/1.0';
}

/** Whether private addresses may be fetched when the caller does not say: only with MONITOR_ALLOW_PRIVATE=1. */
export function privateAllowedByEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env.MONITOR_ALLOW_PRIVATE === '1';
}

/** Throws the refusal for a URL the fetcher must not even try: not http(s), or with a user name or password. */
export function checkFetchUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchRefusedError('scheme', `Not an absolute URL: ${input.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchRefusedError('scheme', `Only http and https are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchRefusedError('credentials', 'A URL with a user name or password is not fetched');
  if (!url.hostname) throw new FetchRefusedError('scheme', 'A URL without a host is not fetched');
  return url;
}

const agents = new Map<string, http.Agent>();

/** One agent per scheme and guard setting; the guard options never change for an agent. */
function agentFor(protocol: string, allowPrivate: boolean, allowAddresses: readonly string[]): http.Agent {
  const key = `${protocol}|${allowPrivate}|${allowAddresses.join(',')}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = {
      keepAlive: false,
      allowPrivateIPAddress: allowPrivate,
      allowMetaIPAddress: false,
      allowIPAddressList: [...allowAddresses],
    };
    agent = protocol === 'https:' ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivate = options.allowPrivate ?? privateAllowedByEnv();
  const conditional = Boolean(options.etag || options.lastModified);

  const deadline = new AbortController();
  const timeoutError = new FetchRefusedError('timeout', `No complete answer within ${timeoutMs} ms`);
  const timer = setTimeout(() => deadline.abort(timeoutError), timeoutMs);
  const onOuterAbort = () => deadline.abort(options.signal?.reason);
  if (options.signal?.aborted) onOuterAbort();
  else options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  try {
    let current = checkFetchUrl(url);
    for (let hop = 0; ; hop += 1) {
      const response = await request(current, options, allowPrivate, deadline.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (hop >= maxRedirects) throw new FetchRefusedError('too-many-redirects', `More than ${maxRedirects} redirects`);
        let next: string;
        try {
          next = new URL(location, current).href;
        } catch {
          throw new FetchRefusedError('network', 'A redirect to an address that is no URL');
        }
        current = checkFetchUrl(next);
        continue;
      }
      if (status === 304 && conditional) {
        response.destroy();
        return { kind: 'not-modified', url, finalUrl: current.href };
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new FetchRefusedError('http-status', `The server answered ${status}`, { status });
      }
      const body = await readBody(response, maxBytes, deadline.signal);
      const contentType = response.headers['content-type'] ?? '';
      return {
        kind: 'ok',
        url,
        finalUrl: current.href,
        status,
        contentType: contentType.split(';')[0]!.trim().toLowerCase(),
        charset: charsetOf(contentType),
        etag: headerValue(response.headers.etag),
        lastModified: headerValue(response.headers['last-modified']),
        body,
      };
    }
  } catch (error) {
    if (deadline.signal.aborted) {
      if (deadline.signal.reason === timeoutError) throw timeoutError;
      throw options.signal?.reason ?? error;
    }
    throw refusalOf(error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function request(url: URL, options: SafeFetchOptions, allowPrivate: boolean, signal: AbortSignal): Promise<http.IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': userAgent(),
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const req = send({
      protocol: url.protocol,
      // IPv6 literals come bracketed from URL; the agent and net want the bare address.
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port || undefined,
      path: url.pathname + url.search,
      method: 'GET',
      headers,
      agent: agentFor(url.protocol, allowPrivate, options.allowAddresses ?? []),
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
    const onAbort = () => req.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('response', (response) => {
      signal.removeEventListener('abort', onAbort);
      // The body read below listens to the signal itself.
      resolve(response);
    });
    // 'on', not 'once': a socket error after the answer must find a listener, never crash the process.
    req.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(error);
    });
    req.end();
  });
}

/** Reads the body, counting bytes as they come, then decompresses with the same limit on the output. */
async function readBody(response: http.IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new FetchRefusedError('too-large', `The answer is ${declared} bytes, more than ${maxBytes}`);
  }
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onAbort = () => response.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const finish = (error: unknown, body?: Buffer) => {
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(body!);
    };
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        finish(new FetchRefusedError('too-large', `The answer is more than ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => finish(null, Buffer.concat(chunks, size)));
    response.on('error', (error) => finish(error));
    response.once('close', () => {
      if (!response.complete) finish(signal.aborted ? signal.reason : new Error('The connection closed before the answer was complete'));
    });
  });
  return decompress(raw, response.headers['content-encoding'], maxBytes);
}

type Inflate = (buffer: Buffer, options: zlib.ZlibOptions | zlib.BrotliOptions, callback: (error: Error | null, result: Buffer) => void) => void;

const DECODERS: Record<string, Inflate> = {
  gzip: zlib.gunzip,
  'x-gzip': zlib.gunzip,
  br: zlib.brotliDecompress,
  // "deflate" is meant to be zlib-wrapped; some servers send it raw.
  deflate: (buffer, options, callback) => ((buffer[0]! & 0x0f) === 8 ? zlib.inflate : zlib.inflateRaw)(buffer, options, callback),
};

/** Applies the content codings in reverse order; the output may not exceed maxBytes (a zip bomb stops there). */
async function decompress(body: Buffer, encoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const codings = (encoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding];
    if (!decode) throw new FetchRefusedError('network', `Unsupported content encoding: ${coding}`);
    if (out.length === 0) continue;
    out = await new Promise<Buffer>((resolve, reject) =>
      decode(out, { maxOutputLength: maxBytes }, (error, result) => {
        if (!error) return resolve(result);
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          reject(new FetchRefusedError('too-large', `The answer is more than ${maxBytes} bytes once decompressed`));
        } else reject(new FetchRefusedError('network', `The ${coding} body is corrupt`, { cause: error }));
      }),
    );
  }
  return out;
}

function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA', 'ENODATA']);

/** request-filtering-agent says "DNS lookup ADDRESS(...) is not allowed. Because, ..." (also for IP literals). */
const GUARD_MESSAGE = /^DNS lookup .* is not allowed\. Because/;

function refusalOf(error: unknown): FetchRefusedError {
  if (error instanceof FetchRefusedError) return error;
  const err = error as NodeJS.ErrnoException;
  const message = err?.message ?? String(error);
  if (GUARD_MESSAGE.test(message)) return new FetchRefusedError('private-address', 'The address is private or reserved', { cause: error });
  if (err?.code && DNS_CODES.has(err.code)) return new FetchRefusedError('dns', `The host name did not resolve (${err.code})`, { cause: error });
  return new FetchRefusedError('network', `The connection failed: ${err?.code ?? message}`, { cause: error });
}
