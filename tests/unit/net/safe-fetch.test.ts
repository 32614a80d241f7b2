import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefusedError, safeFetch, type FetchRefusal, type SafeFetchOptions } from '@/lib/net/safe-fetch';
import { startLocalHttpServer, type LocalHttpServer } from '../../helpers/local-http-server';

let server: LocalHttpServer;
const MiB = 1024 * 1024;

beforeAll(async () => {
  server = await startLocalHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname;
    if (path === '/page') {
      res.setHeader('content-type', 'text/html; charset=UTF-8');
      res.setHeader('etag', '"v1"');
      res.setHeader('last-modified', 'Mon, 01 Jan 2024 10:00:00 GMT');
      res.end('<p>Hello</p>');
    } else if (path === '/conditional') {
      const fresh = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Mon, 01 Jan 2024 10:00:00 GMT';
      res.statusCode = fresh ? 304 : 200;
      res.setHeader('etag', '"v1"');
      res.end(fresh ? undefined : 'full body');
    } else if (path === '/drip') {
      res.setHeader('content-type', 'text/plain');
      res.write('a');
      const timer = setInterval(() => res.write('a'), 20);
      res.on('close', () => clearInterval(timer));
    } else if (path === '/silent') {
      // never answers
    } else if (path === '/declared-huge') {
      res.setHeader('content-length', String(6 * MiB));
      res.write(Buffer.alloc(1024));
    } else if (path === '/streamed-huge') {
      // chunked, no Content-Length: counted while streaming
      let sent = 0;
      const push = () => {
        while (sent < 6 * MiB) {
          sent += 64 * 1024;
          if (!res.write(Buffer.alloc(64 * 1024, 0x61))) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    } else if (path === '/gzip-bomb') {
      res.setHeader('content-encoding', 'gzip');
      res.end(GZIP_BOMB);
    } else if (path === '/gzip' || path === '/deflate' || path === '/br' || path === '/raw-deflate') {
      const text = Buffer.from('Сжатый текст '.repeat(100));
      const body =
        path === '/gzip' ? zlib.gzipSync(text) : path === '/deflate' ? zlib.deflateSync(text) : path === '/br' ? zlib.brotliCompressSync(text) : zlib.deflateRawSync(text);
      res.setHeader('content-encoding', path === '/raw-deflate' ? 'deflate' : path.slice(1));
      res.end(body);
    } else if (path.startsWith('/hops/')) {
      const left = Number(path.slice('/hops/'.length));
      res.statusCode = 302;
      res.setHeader('location', left > 1 ? `/hops/${left - 1}` : '/page');
      res.end();
    } else if (path === '/redirect') {
      res.statusCode = Number(url.searchParams.get('status') ?? 302);
      res.setHeader('location', url.searchParams.get('to') ?? '/page');
      res.end();
    } else if (path === '/status') {
      res.statusCode = Number(url.searchParams.get('code'));
      res.end('status page');
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
});
afterAll(() => server.close());

const GZIP_BOMB = zlib.gzipSync(Buffer.alloc(64 * MiB));

/** The guard stays ON; only the test server's own address is let through (everything else private stays refused). */
const guarded: SafeFetchOptions = { allowAddresses: ['127.0.0.1'] };
const open: SafeFetchOptions = { allowPrivate: true };

async function refusal(promise: Promise<unknown>): Promise<{ code: FetchRefusal; status?: number }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchRefusedError);
    const refused = error as FetchRefusedError;
    return { code: refused.code, ...(refused.status === undefined ? {} : { status: refused.status }) };
  }
  throw new Error('expected a refusal, the fetch succeeded');
}

/** A resolver answering every name with fixed addresses, as dns.lookup would (one or all). */
function fixedLookup(addresses: string[], calls: string[] = []): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    calls.push(hostname);
    const answers = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if (options.all) callback(null, answers);
    else callback(null, answers[0]!.address, answers[0]!.family);
  }) as unknown as LookupFunction;
}

describe('safeFetch: the answer', () => {
  it('returns the body, type, charset and validators, and identifies itself', async () => {
    const result = await safeFetch(`${server.origin}/page`, open);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.body.toString()).toBe('<p>Hello</p>');
    expect(result).toMatchObject({ status: 200, contentType: 'text/html', charset: 'utf-8', etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 10:00:00 GMT' });
    const seen = server.requests.at(-1)!;
    expect(seen.headers['user-agent']).toMatch(/^ReleaseDesk\/1\.0/);
    expect(seen.headers['accept-encoding']).toContain('gzip');
  });

  it('answers not-modified to a conditional request the server answers with 304', async () => {
    expect(await safeFetch(`${server.origin}/conditional`, { ...open, etag: '"v1"' })).toEqual({
      kind: 'not-modified',
      url: `${server.origin}/conditional`,
      finalUrl: `${server.origin}/conditional`,
    });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    const byDate = await safeFetch(`${server.origin}/conditional`, { ...open, lastModified: 'Mon, 01 Jan 2024 10:00:00 GMT' });
    expect(byDate.kind).toBe('not-modified');
    const stale = await safeFetch(`${server.origin}/conditional`, { ...open, etag: '"v0"' });
    expect(stale.kind === 'ok' && stale.body.toString()).toBe('full body');
  });

  it('decompresses gzip, deflate (wrapped or raw) and brotli', async () => {
    for (const path of ['/gzip', '/deflate', '/raw-deflate', '/br']) {
      const result = await safeFetch(`${server.origin}${path}`, open);
      expect(result.kind === 'ok' && result.body.toString()).toBe('Сжатый текст '.repeat(100));
    }
  });

  it('refuses an error status with the status', async () => {
    expect(await refusal(safeFetch(`${server.origin}/status?code=404`, open))).toEqual({ code: 'http-status', status: 404 });
    expect(await refusal(safeFetch(`${server.origin}/status?code=503`, open))).toEqual({ code: 'http-status', status: 503 });
  });
});

describe('safeFetch: limits', () => {
  it('cuts a slow drip at the timeout for the whole request, body included', async () => {
    const started = Date.now();
    expect(await refusal(safeFetch(`${server.origin}/drip`, { ...open, timeoutMs: 300 }))).toEqual({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await refusal(safeFetch(`${server.origin}/silent`, { ...open, timeoutMs: 300 }))).toEqual({ code: 'timeout' });
  });

  it('refuses a body bigger than the limit, declared or streamed', async () => {
    expect(await refusal(safeFetch(`${server.origin}/declared-huge`, open))).toEqual({ code: 'too-large' });
    expect(await refusal(safeFetch(`${server.origin}/streamed-huge`, open))).toEqual({ code: 'too-large' });
    const small = await safeFetch(`${server.origin}/streamed-huge`, { ...open, maxBytes: 7 * MiB });
    expect(small.kind === 'ok' && small.body.length).toBe(6 * MiB);
  });

  it('refuses a gzip bomb by its decompressed size', async () => {
    expect(GZIP_BOMB.length).toBeLessThan(MiB);
    expect(await refusal(safeFetch(`${server.origin}/gzip-bomb`, open))).toEqual({ code: 'too-large' });
  });

  it('follows 5 redirects and refuses the 6th', async () => {
    const five = await safeFetch(`${server.origin}/hops/5`, open);
    expect(five.kind === 'ok' && five.finalUrl).toBe(`${server.origin}/page`);
    expect(await refusal(safeFetch(`${server.origin}/hops/6`, open))).toEqual({ code: 'too-many-redirects' });
    expect(await refusal(safeFetch(`${server.origin}/hops/2`, { ...open, maxRedirects: 1 }))).toEqual({ code: 'too-many-redirects' });
  });

  it('gives up when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = safeFetch(`${server.origin}/silent`, { ...open, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 50);
    await expect(pending).rejects.toThrow('stop');
  });
});

describe('safeFetch: the address guard (on by default)', () => {
  const saved = process.env.MONITOR_ALLOW_PRIVATE;
  afterEach(() => {
    if (saved === undefined) delete process.env.MONITOR_ALLOW_PRIVATE;
    else process.env.MONITOR_ALLOW_PRIVATE = saved;
  });

  it('refuses loopback by default and lets it through with MONITOR_ALLOW_PRIVATE=1', async () => {
    delete process.env.MONITOR_ALLOW_PRIVATE;
    const before = server.requests.length;
    expect(await refusal(safeFetch(`${server.origin}/page`))).toEqual({ code: 'private-address' });
    expect(server.requests.length).toBe(before);
    process.env.MONITOR_ALLOW_PRIVATE = '1';
    expect((await safeFetch(`${server.origin}/page`)).kind).toBe('ok');
  });

  it('refuses private, link-local, metadata, CGNAT, IPv6 loopback, unique-local and IPv4-mapped addresses', async () => {
    for (const host of [
      '127.0.0.2',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '[::1]',
      '[fd00::1]',
      '[fe80::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:a9fe:a9fe]',
      '2130706433', // 127.0.0.1 written as a number
      '0x7f.1',
    ]) {
      expect(await refusal(safeFetch(`http://${host}:${server.port}/page`, { timeoutMs: 2_000 })), host).toEqual({ code: 'private-address' });
    }
  });

  it('refuses 0.0.0.0 even when private addresses are allowed', async () => {
    expect(await refusal(safeFetch(`http://0.0.0.0:${server.port}/page`, open))).toEqual({ code: 'private-address' });
  });

  it('refuses a redirect to a private address when the guard is on', async () => {
    for (const to of [
      `http://127.0.0.2:${server.port}/page`,
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${server.port}/page`,
      'http://10.0.0.1/',
    ]) {
      const at = `${server.origin}/redirect?to=${encodeURIComponent(to)}`;
      expect(await refusal(safeFetch(at, { ...guarded, timeoutMs: 2_000 })), to).toEqual({ code: 'private-address' });
    }
    // The same first hop is fine: the server itself is allowed.
    expect((await safeFetch(`${server.origin}/redirect?to=/page`, guarded)).kind).toBe('ok');
  });

  it('checks the address a host name resolves to, on the answer actually connected to', async () => {
    const calls: string[] = [];
    const toLoopback = fixedLookup(['127.0.0.1'], calls);
    const url = `http://intranet.example:${server.port}/page`;
    expect(await refusal(safeFetch(url, { lookup: toLoopback }))).toEqual({ code: 'private-address' });
    // One lookup, checked and used: there is no second resolution a rebinding DNS could answer differently.
    expect(calls).toEqual(['intranet.example']);
    // With the guard off the same resolver reaches the server, so the refusal above was the guard's.
    const reached = await safeFetch(url, { ...open, lookup: toLoopback });
    expect(reached.kind === 'ok' && reached.body.toString()).toBe('<p>Hello</p>');
    // A public answer beside a private one is refused too.
    expect(await refusal(safeFetch(url, { lookup: fixedLookup(['93.184.216.34', '127.0.0.1']) }))).toEqual({ code: 'private-address' });
    expect(await refusal(safeFetch(url, { lookup: fixedLookup(['::ffff:10.0.0.1']) }))).toEqual({ code: 'private-address' });
  });

  it('is not fooled by a DNS answer that changes between a check and the connection (rebinding)', async () => {
    // First answer: an address the guard accepts (a documentation address, made acceptable here and
    // never routed); every later answer: the loopback server. A "resolve, check, then connect" fetcher
    // would check the first answer and connect to the second. Ours resolves once, on the connection.
    const calls: string[] = [];
    const rebinding = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      calls.push(hostname);
      const address = calls.length === 1 ? '203.0.113.7' : '127.0.0.1';
      if (options.all) callback(null, [{ address, family: 4 }]);
      else callback(null, address, 4);
    }) as unknown as LookupFunction;
    const before = server.requests.length;
    const outcome = await refusal(safeFetch(`http://rebind.example:${server.port}/page`, { lookup: rebinding, allowAddresses: ['203.0.113.7'], timeoutMs: 1_500 }));
    expect(['timeout', 'network']).toContain(outcome.code);
    expect(calls).toHaveLength(1);
    expect(server.requests.length).toBe(before);
  });

  it('refuses a redirect to a host name that resolves to a private address', async () => {
    const lookup = fixedLookup(['169.254.169.254']);
    const at = `${server.origin}/redirect?to=${encodeURIComponent('http://metadata.example/latest')}`;
    expect(await refusal(safeFetch(at, { ...guarded, lookup }))).toEqual({ code: 'private-address' });
  });

  it('reports a name that does not resolve', async () => {
    const failing = ((_host: string, _options: unknown, callback: (error: Error) => void) =>
      callback(Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.example'), { code: 'ENOTFOUND' }))) as unknown as LookupFunction;
    expect(await refusal(safeFetch('http://nowhere.example/', { lookup: failing }))).toEqual({ code: 'dns' });
  });
});

describe('safeFetch: what is never fetched', () => {
  it('refuses other schemes', async () => {
    for (const url of ['ftp://example.org/file', 'file:///etc/passwd', 'data:text/html,<p>x</p>', 'javascript:alert(1)', 'gopher://example.org/', 'not a url']) {
      expect(await refusal(safeFetch(url, open)), url).toEqual({ code: 'scheme' });
    }
  });

  it('refuses a user name or password in the URL', async () => {
    expect(await refusal(safeFetch(`http://user:secret@127.0.0.1:${server.port}/page`, open))).toEqual({ code: 'credentials' });
    expect(await refusal(safeFetch(`http://user@127.0.0.1:${server.port}/page`, open))).toEqual({ code: 'credentials' });
  });

  it('checks a redirect target like the first URL', async () => {
    const to = (target: string) => `${server.origin}/redirect?to=${encodeURIComponent(target)}`;
    expect(await refusal(safeFetch(to('file:///etc/passwd'), open))).toEqual({ code: 'scheme' });
    expect(await refusal(safeFetch(to('ftp://example.org/'), open))).toEqual({ code: 'scheme' });
    expect(await refusal(safeFetch(to(`http://u:p@127.0.0.1:${server.port}/page`), open))).toEqual({ code: 'credentials' });
  });
});
