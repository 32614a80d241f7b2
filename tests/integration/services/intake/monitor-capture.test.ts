import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/client';
import { insertOutlet } from '@/lib/db/queries/outlets';
import { startLocalHttpServer, type LocalHttpServer } from '../../../helpers/local-http-server';

const POLICE_PAGE = fs.readFileSync(new URL('../../../fixtures/intake/police-article.html', import.meta.url), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-capture-'));
const file = path.join(dir, 'desk.db');
let server: LocalHttpServer;

beforeAll(async () => {
  server = await startLocalHttpServer((req, res) => {
    if (req.url === '/news/1') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(POLICE_PAGE);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  const db = openDatabase(file);
  insertOutlet(db, { name: 'LOCAL POLICE', language: 'ru', siteUrl: 'http://127.0.0.1' });
  db.$client.close();
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the script without blocking this process, which serves the page. */
function run(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/monitor-capture.ts', ...args],
      { env: { ...process.env, MONITOR_ALLOW_PRIVATE: '', DATABASE_PATH: file, ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run monitor:capture', () => {
  it('prints url, title, publishedAt, outlet, text and image as JSON', { timeout: 120_000 }, async () => {
    const result = await run(['--json', `${server.origin}/news/1`], { MONITOR_ALLOW_PRIVATE: '1' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const captured = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(captured)).toEqual(['url', 'title', 'publishedAt', 'outlet', 'text', 'image']);
    expect(captured).toMatchObject({
      url: `${server.origin}/news/1`,
      title: 'В Алматы изъяли 15 кг гашиша',
      publishedAt: '2024-01-15T03:30:00.000Z',
      outlet: 'LOCAL POLICE',
      image: `${server.origin}/upload/news/2024/01/hashish.jpg`,
    });
    expect(String(captured.text)).toMatch(/^Сотрудники Департамента полиции/);
  });

  it('prints a readable form without --json', { timeout: 120_000 }, async () => {
    const result = await run([`${server.origin}/news/1`], { MONITOR_ALLOW_PRIVATE: '1' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Title: +В Алматы изъяли 15 кг гашиша\nPublished: +2024-01-15T03:30:00.000Z\nOutlet: +LOCAL POLICE\n/);
  });

  it('exits 1 with a one-line reason: guard on by default, missing page, bad link, no link', { timeout: 180_000 }, async () => {
    const cases = [
      [[`${server.origin}/news/1`], /private, local or reserved/],
      [[`${server.origin}/missing`], /answered with an error \(404\)/],
      [['ftp://example.org/file'], /only http and https/],
      [[], /^Usage: npm run monitor:capture/],
    ] as const;
    // In parallel: each run starts tsx, seconds on a busy machine.
    const results = await Promise.all(cases.map(([args]) => run([...args], args[0]?.includes('missing') ? { MONITOR_ALLOW_PRIVATE: '1' } : {})));
    for (const [i, [args, reason]] of cases.entries()) {
      const result = results[i]!;
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(reason);
    }
  });
});
