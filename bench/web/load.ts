import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export interface ThroughputFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  connections: number;
}

/** autocannon at `connections` for `seconds`: requests/s over the whole run, latency percentiles. */
export async function measureThroughput(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<ThroughputFigures> {
  const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 20 });
  return {
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    seconds: result.duration,
    connections,
  };
}

export interface SequentialFigures {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
}

/** One connection, one request after the other (keep-alive), each timed; after `warmup` untimed ones. */
export async function measureSequential(url: string, count: number, headers: Record<string, string> = {}, warmup = 20): Promise<SequentialFigures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let non2xx = 0;
  try {
    for (let i = 0; i < warmup + count; i++) {
      const started = performance.now();
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.get(url, { agent, headers }, (response) => {
          // As a browser does: a cookie the server renews (the proxy re-seals the session) is sent from then on.
          if (headers.Cookie && response.headers['set-cookie']) headers = { ...headers, Cookie: renewCookies(headers.Cookie, response.headers['set-cookie']) };
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject);
      });
      if (i < warmup) continue;
      times.push(performance.now() - started);
      if (status < 200 || status >= 300) non2xx += 1;
    }
  } finally {
    agent.destroy();
  }
  const sorted = times.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), requests: count, non2xx };
}

/**
 * Like measureSequential for several pages at once, taking turns (a, b, a, b…) on one connection, so
 * that load from elsewhere on a shared machine falls on every page alike. Figures in the order of `urls`.
 */
export async function measureAlternating(urls: string[], count: number, headers: Record<string, string> = {}, warmup = 20): Promise<SequentialFigures[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times = urls.map(() => [] as number[]);
  const non2xx = urls.map(() => 0);
  try {
    for (let i = 0; i < warmup + count; i++) {
      for (const [k, url] of urls.entries()) {
        const started = performance.now();
        const status = await new Promise<number>((resolve, reject) => {
          const request = http.get(url, { agent, headers }, (response) => {
            if (headers.Cookie && response.headers['set-cookie']) headers = { ...headers, Cookie: renewCookies(headers.Cookie, response.headers['set-cookie']) };
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          });
          request.on('error', reject);
        });
        if (i < warmup) continue;
        times[k]!.push(performance.now() - started);
        if (status < 200 || status >= 300) non2xx[k]! += 1;
      }
    }
  } finally {
    agent.destroy();
  }
  return times.map((list, k) => {
    const sorted = list.sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
    return { p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), requests: count, non2xx: non2xx[k]! };
  });
}

function renewCookies(cookieHeader: string, setCookies: string[]): string {
  const pairs = cookieHeader.split(';').map((part) => part.trim());
  const jar = new Map(pairs.filter((p) => p.includes('=')).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const));
  for (const line of setCookies) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    const name = pair!.slice(0, at).trim();
    if (jar.has(name)) jar.set(name, pair!.slice(at + 1));
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

export interface DownloadFigures {
  bytesPerSecond: number;
  downloads: number;
  bytes: number;
  seconds: number;
  failed: number;
}

/**
 * `processes` curl processes at once, each downloading `url` `each` times over one keep-alive
 * connection to /dev/null; total bytes over wall time (autocannon cannot go past ~60 MB/s).
 */
export async function measureDownloads(url: string, processes: number, each: number): Promise<DownloadFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-curl-'));
  const config = path.join(dir, 'urls.txt');
  fs.writeFileSync(config, Array.from({ length: each }, () => `url = "${url}"\noutput = "/dev/null"\n`).join(''));
  const started = performance.now();
  const outputs = await Promise.all(
    Array.from({ length: processes }, () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn('curl', ['-s', '--config', config, '-w', '%{http_code} %{size_download}\\n'], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
        child.on('error', reject);
        child.on('close', () => resolve(out));
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  fs.rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  let downloads = 0;
  let failed = 0;
  for (const line of outputs.join('').trim().split('\n')) {
    const [code, size] = line.split(' ');
    if (code === '200') {
      downloads += 1;
      bytes += Number(size);
    } else failed += 1;
  }
  return { bytesPerSecond: bytes / seconds, downloads, bytes, seconds, failed };
}
