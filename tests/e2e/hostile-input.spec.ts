import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import fc from 'fast-check';
import { logIn } from './support/demo-accounts';

/**
 * Hostile input through the real production server (server/main.ts: the front and Next, as
 * `npm start` runs it): every server action of the build and every route, called with what
 * fast-check makes up — malformed bodies, JSON instead of forms, wrong types, huge values, path
 * tricks, bad escapes, forged headers and cookies. Nothing may be answered with a 5xx, and the
 * server must still answer afterwards. Bounded: about 350 requests, a fixed seed.
 */

const BUILD = '.next-e2e/server/app';
const SEED = 20261207;

interface ServerAction {
  id: string;
  name: string;
  /** A page whose bundle holds the action (actions are looked up per page). */
  page: string;
}

/** Every server action of the build, from the per-page server reference manifests. */
function serverActions(): ServerAction[] {
  const found = new Map<string, ServerAction>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'server-reference-manifest.json') {
        const manifest = JSON.parse(fs.readFileSync(full, 'utf8')) as { node: Record<string, { exportedName: string; workers: Record<string, unknown> }> };
        for (const [id, action] of Object.entries(manifest.node)) {
          const page = pageUrl(Object.keys(action.workers)[0] ?? '');
          if (page && !found.has(id)) found.set(id, { id, name: action.exportedName, page });
        }
      }
    }
  };
  walk(BUILD);
  return [...found.values()];
}

/** "app/[locale]/desk/issues/[id]/page" → "/en/desk/issues/1". */
function pageUrl(worker: string): string | null {
  if (!worker.startsWith('app/') || !worker.endsWith('/page')) return null;
  const segments = worker.slice('app/'.length, -'/page'.length).split('/');
  const filled = segments.map((s) => (s === '[locale]' ? 'en' : s.startsWith('[...') ? 'x' : s === '[year]' ? '2024' : s === '[lang]' || s === '[edition]' ? 'en' : s.startsWith('[') ? '1' : s));
  return `/${filled.join('/')}`;
}

const shortText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '../..', '//evil.example', '\\evil', '%00', '%2F%2F', 'ﬃ', '\u202e', 'NaN', '-1', '1e309', '9'.repeat(40), "' or 1=1 --", '<script>', '{{7*7}}'),
);
const hostileValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), shortText, fc.constant({ __proto__: { isAdmin: true } }));

/** A body as a forger would send it to a server action. */
const actionBody = fc.oneof(
  hostileValue.map((args) => ({ type: 'text/plain;charset=UTF-8', body: JSON.stringify(Array.isArray(args) ? args : [args]) })),
  fc.string({ maxLength: 200 }).map((body) => ({ type: 'text/plain;charset=UTF-8', body })),
  fc.constantFrom('[', '["$K1"]', '["$Q1","$@2"]', '[{"$":"$F0"}]', '"\\ud800"', '[null,"$T"]', '{}').map((body) => ({ type: 'text/plain;charset=UTF-8', body })),
  fc.dictionary(shortText, shortText, { maxKeys: 6 }).map((fields) => ({ type: 'application/x-www-form-urlencoded', body: new URLSearchParams(fields).toString() })),
  fc.string({ maxLength: 100 }).map((body) => ({ type: 'multipart/form-data; boundary=----x', body: `------x\r\nContent-Disposition: form-data; name="1_$ACTION_ID_"\r\n\r\n${body}\r\n------x--` })),
  fc.constant({ type: 'application/json', body: '{"issueId":1}' }),
);

const routePath = fc.oneof(
  fc.tuple(shortText, shortText).map(([a, b]) => `/api/photos/${enc(a)}/${enc(b)}`),
  fc.tuple(shortText, shortText).map(([a, b]) => `/api/issues/${enc(a)}/preview/${enc(b)}`),
  fc.tuple(shortText, shortText, shortText).map(([y, n, f]) => `/releases/${enc(y)}/${enc(n)}/${enc(f)}`),
  fc.tuple(shortText, shortText).map(([y, n]) => `/releases/${y}/${n}/en.pdf`),
  fc.tuple(shortText, shortText, shortText).map(([y, n, e]) => `/en/releases/${enc(y)}/${enc(n)}/${enc(e)}`),
  shortText.map((q) => `/feed.xml?${q}`),
  shortText.map((next) => `/login?next=${next}`),
  shortText.map((next) => `/ru/login?next=${encodeURIComponent(next)}`),
  shortText.map((a) => `/en/desk/articles/${enc(a)}`),
  shortText.map((a) => `/en/desk/issues/${enc(a)}`),
  fc.tuple(shortText, shortText).map(([a, b]) => `/en/desk/issues/${enc(a)}/preview/${enc(b)}`),
  shortText.map((a) => `/en/admin/users/${enc(a)}`),
  shortText.map((a) => `/en/admin/countries/${enc(a)}`),
  shortText.map((a) => `/api/auth/${enc(a)}`),
  shortText.map((a) => `/api/auth/callback/credentials?callbackUrl=${encodeURIComponent(a)}`),
  shortText.map((a) => `/api/auth/signin?callbackUrl=${encodeURIComponent(`https://evil.example/${a}`)}`),
  shortText.map((a) => `/${a}`),
  fc.constantFrom('/%', '/%zz', '/releases/2024/%E0%A4%A/en.pdf', '/api/auth/callback/credentials', '/api/issues/pdf-worker', '/en/desk/bench-floor', '/_next/%', '/en/%2e%2e/%2e%2e/etc/passwd'),
);

function enc(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return 'x'; // a lone surrogate
  }
}

const forgedHeaders = fc.record(
  {
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'garbage'),
    'x-forwarded-host': fc.constantFrom('evil.example', 'localhost:3100', ''),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher'),
    'x-release-desk-peer': fc.constantFrom('1.2.3.4;AAAA', '%;%'),
    cookie: fc.constantFrom('next-auth.callback-url=https%3A%2F%2Fevil.example', 'next-auth.callback-url=%', 'next-auth.session-token=garbage', 'NEXT_LOCALE=xx', 'next-auth.csrf-token=%zz'),
    'accept-language': fc.constantFrom('*', 'xx-YY;q=2', ';;;'),
    range: fc.constantFrom('bytes=0-', 'bytes=999999999-', 'bytes=-0', 'bytes=5-1', 'lines=1-2'),
  },
  { requiredKeys: [] },
);

const failures: string[] = [];

async function expectNo5xx(what: string, response: Promise<APIResponse>): Promise<void> {
  let status: number;
  try {
    status = (await response).status();
  } catch (error) {
    failures.push(`${what}: no answer (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    return;
  }
  if (status >= 500) failures.push(`${what}: ${status}`);
}

async function fuzzActions(request: APIRequestContext, actions: ServerAction[], runs: number, origin: string): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...actions), actionBody, fc.boolean(), async (action, { type, body }, foreign) => {
      const headers = { 'next-action': action.id, 'content-type': type, origin: foreign ? 'https://evil.example' : origin, accept: 'text/x-component' };
      await expectNo5xx(`action ${action.name} (${type}) ${body.slice(0, 60)}`, request.post(action.page, { headers, data: body, maxRedirects: 0 }));
      return true;
    }),
    { seed: SEED, numRuns: runs },
  );
}

async function fuzzRoutes(request: APIRequestContext, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(routePath, forgedHeaders, fc.constantFrom('GET', 'HEAD', 'POST'), async (url, headers, method) => {
      const options = { headers, maxRedirects: 0, ...(method === 'POST' ? { data: 'x=%' } : {}) };
      await expectNo5xx(`${method} ${url}`, request.fetch(url, { method, ...options }));
      return true;
    }),
    { seed: SEED + 1, numRuns: runs },
  );
}

test.describe.configure({ mode: 'serial' });

test('hostile input never gets a 5xx, and the server lives on', async ({ page, request, baseURL }) => {
  test.setTimeout(600_000);
  const actions = serverActions();
  expect(actions.length, 'server actions found in the build').toBeGreaterThan(10);

  // Anonymous: every action and route.
  await fuzzActions(request, actions, 120, baseURL!);
  await fuzzRoutes(request, 120);

  // Signed in as an editor (a role that cannot publish or delete issues, so that the made-up
  // input of a fuzz cannot change the demo issue the other specs read).
  await logIn(page, 'editor@example.org', '/desk');
  await fuzzActions(page.request, actions, 80, baseURL!);
  await fuzzRoutes(page.request, 40);

  // A few fixed ones from the security probe.
  const fixed: Array<[string, Promise<APIResponse>]> = [
    ['action body of 1 MB', page.request.post('/en/desk', { headers: { 'next-action': actions[0]!.id, 'content-type': 'text/plain;charset=UTF-8', origin: baseURL! }, data: `["${'x'.repeat(1024 * 1024)}"]` })],
    ['POST /api/articles/1/photos without a body', page.request.post('/api/articles/1/photos', { headers: { origin: baseURL! } })],
    ['POST /api/articles/1/photos with garbage multipart', page.request.post('/api/articles/1/photos', { headers: { origin: baseURL!, 'content-type': 'multipart/form-data; boundary=zz' }, data: '--zz\r\nbroken' })],
    ['GET /api/auth/callback/credentials', request.get('/api/auth/callback/credentials', { maxRedirects: 0 })],
    ['POST /api/auth/callback/credentials without csrf', request.post('/api/auth/callback/credentials', { form: { email: 'a', password: 'b' }, maxRedirects: 0 })],
    ['signin with a foreign callbackUrl', request.get('/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F', { maxRedirects: 0 })],
    ['a bad callback-url cookie', request.get('/api/auth/session', { headers: { cookie: 'next-auth.callback-url=%E0%A4%A' } })],
  ];
  for (const [what, response] of fixed) await expectNo5xx(what, response);

  expect(failures, 'requests answered with a 5xx or not at all').toEqual([]);
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);
});
