/**
 * npm run bench:intake — the media intake's two targets, figures and PASS/MISS (never fails):
 * 1. 100 feeds × 50 items from a local HTTP server, polled once by pollFeeds (as the server's job
 *    does: safeFetch, feedsmith, relevance, country guess, storage): wall time ≤ 10 s and the process's
 *    peak RSS ≤ 250 MB (measured before part 2 fills the database; the local server runs in the same
 *    process, so the figure is on the safe side).
 * 2. The inbox query (listInboxItems: one page of 50 and the counts per status) over 100,000 items,
 *    under a mix of filters: p95 ≤ 50 ms. The query plans are printed (EXPLAIN QUERY PLAN).
 * INTAKE_BENCH_ITEMS=N changes the size of part 2.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Db } from '@/lib/db/client';
import { listInboxItems, type InboxFilter } from '@/lib/db/queries/intake-items';
import { insertOutlet } from '@/lib/db/queries/outlets';
import { INTAKE_STATUSES } from '@/lib/db/schema';
import { pollFeeds } from '@/lib/services/intake/poll-feeds';
import { seedDemoIntake } from '@/lib/services/intake/seed-demo-intake';
import { seedReferenceData } from '@/lib/services/seed-reference-data';

const FEEDS = 100;
const ITEMS_PER_FEED = 50;
const INBOX_ITEMS = Number(process.env.INTAKE_BENCH_ITEMS || 100_000);
const TARGETS = { pollMs: 10_000, rssMiB: 250, inboxP95Ms: 50 };
const COUNTRIES = ['KZ', 'KG', 'RU', 'TJ', 'TM', 'UZ', 'AZ', 'AF', 'CN', 'BY', 'IR', 'PK'];
const LANGUAGES = ['ru', 'en', 'kk', 'uz', 'ky', 'tg'] as const;

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  'В Бишкеке задержали наркокурьера с 3 кг гашиша',
  'Полиция Алматы изъяла партию мефедрона',
  'Customs officers in Tashkent seized heroin at the border',
  'Профилактика наркомании: встреча со студентами в Караганде',
  'Погода на выходные: снег и мороз',
  'Есірткі тасымалдаушы Шымкентте ұсталды',
  'Giyohvand moddalar kontrabandasi fosh etildi',
  'Футбол: сборная сыграет в Душанбе',
  'Прекурсоры для синтетических наркотиков нашли в Оше',
  'Minister met students to discuss the city budget',
];
const SUMMARY =
  '<p>Сотрудники службы по борьбе с незаконным оборотом наркотиков провели операцию. <b>Изъято</b> более 2 кг вещества, ' +
  'возбуждено уголовное дело.</p><p>Police said the suspect had been smuggling drugs across the border for a year.</p>';

function feedXml(origin: string, feed: number): string {
  const items: string[] = [];
  for (let i = 0; i < ITEMS_PER_FEED; i++) {
    const title = TITLES[(feed + i) % TITLES.length]!;
    const day = String(1 + ((feed + i) % 28)).padStart(2, '0');
    items.push(
      `<item><title>${title} (${feed}-${i})</title><link>${origin}/news/${feed}/${i}</link>` +
        `<description><![CDATA[${SUMMARY}]]></description><pubDate>${new Date(`2024-01-${day}T10:00:00Z`).toUTCString()}</pubDate></item>`,
    );
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>${origin}</link>${items.join('')}</channel></rss>`;
}

async function benchPoll(db: Db): Promise<{ ms: number; cpuMs: number; report: Awaited<ReturnType<typeof pollFeeds>> }> {
  let origin = '';
  const bodies = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (!body) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (let f = 0; f < FEEDS; f++) {
    bodies.set(`/feed/${f}.xml`, feedXml(origin, f));
    insertOutlet(db, {
      name: `Bench outlet ${f}`,
      countryCode: COUNTRIES[f % COUNTRIES.length]!,
      language: 'ru',
      siteUrl: origin,
      feedUrl: `${origin}/feed/${f}.xml`,
      active: true,
    });
  }
  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const report = await pollFeeds(db, { allowAddresses: ['127.0.0.1'], allowPrivate: false });
    const cpu = process.cpuUsage(cpu0);
    return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, report };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

function fillInbox(db: Db, count: number): number {
  const next = random(42);
  const outletIds = (db.$client.prepare('select id from outlets').pluck().all() as number[]).slice(0, 100);
  const insert = db.$client.prepare(
    `insert into intake_items (canonical_url, url, outlet_id, title, summary, published_at, language, country_code, score, matched_terms, status)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = Date.parse('2023-01-01T00:00:00Z');
  const span = 2 * 365 * 24 * 3600 * 1000;
  const t0 = performance.now();
  db.$client.transaction(() => {
    for (let i = 0; i < count; i++) {
      const r = next();
      const status = r < 0.7 ? 'new' : r < 0.85 ? 'kept' : r < 0.95 ? 'dismissed' : 'used';
      const relevant = next() < 0.3;
      const score = relevant ? 1 + Math.floor(next() * 30) : 0;
      const undated = next() < 0.03;
      const published = undated ? null : new Date(start + Math.floor(next() * span)).toISOString();
      insert.run(
        `bench.example.org/item/${i}`,
        `https://bench.example.org/item/${i}`,
        outletIds[Math.floor(next() * outletIds.length)]!,
        TITLES[i % TITLES.length]!,
        'Сотрудники службы провели операцию.',
        published,
        LANGUAGES[Math.floor(next() * LANGUAGES.length)]!,
        COUNTRIES[Math.floor(next() * COUNTRIES.length)]!,
        score,
        relevant ? '[{"field":"title","start":0,"end":6,"text":"гашиш","term":"гашиш"}]' : '[]',
        status,
      );
    }
  })();
  return performance.now() - t0;
}

function benchInbox(db: Db): { n: number; p50: number; p95: number; max: number; slowest: string; slowMixes: string; cpuP95: number } {
  const outletIds = db.$client.prepare('select id from outlets order by id').pluck().all() as number[];
  const filters: InboxFilter[] = [
    {},
    { status: 'kept' },
    { status: 'dismissed' },
    { status: 'used' },
    { outletId: outletIds[3]! },
    { outletId: outletIds[40]!, status: 'kept' },
    { countryCode: 'KZ' },
    { countryCode: 'TJ', status: 'kept' },
    { language: 'kk' },
    { language: 'en', status: 'dismissed' },
    { from: '2024-01-01', to: '2024-01-31' },
    { from: '2024-06-01', to: '2024-06-30', status: 'kept' },
    { countryCode: 'KG', from: '2024-03-01', to: '2024-05-31' },
    { outletId: outletIds[7]!, from: '2023-01-01', to: '2023-12-31' },
    { countryCode: 'UZ', language: 'uz' },
    { offset: 500 },
    { offset: 5_000 },
    { status: 'kept', offset: 1_000 },
  ];
  const times: { ms: number; filter: InboxFilter }[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < 15; run++) {
    for (const filter of filters) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      listInboxItems(db, { limit: 50, ...filter });
      times.push({ ms: performance.now() - t0, filter });
      const cpu = process.cpuUsage(cpu0);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
  }
  cpuTimes.sort((a, b) => a - b);
  const cpuP95 = cpuTimes[Math.floor(0.95 * cpuTimes.length)]!;
  const perFilter = filters.map((filter) => {
    const own = times.filter((t) => t.filter === filter).map((t) => t.ms).sort((a, b) => a - b);
    return { filter: JSON.stringify(filter), median: own[Math.floor(own.length / 2)]! };
  });
  times.sort((a, b) => a.ms - b.ms);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.ms;
  const slowest = times[times.length - 1]!;
  const slowMixes = perFilter.sort((a, b) => b.median - a.median).slice(0, 5).map((f) => `${f.filter} ${f.median.toFixed(1)} ms`).join(', ');
  return { n: times.length, p50: at(0.5), p95: at(0.95), max: slowest.ms, slowest: JSON.stringify(slowest.filter), slowMixes, cpuP95 };
}

function explain(db: Db): void {
  const shapes: [string, string][] = [
    ['page ids, status only', `select id from intake_items where status = 'new' order by score desc, published_at desc, id desc limit 50`],
    ['page ids, outlet', `select id from intake_items where status = 'new' and outlet_id = 5 order by score desc, published_at desc, id desc limit 50`],
    ['page ids, country + period', `select id from intake_items where status = 'new' and country_code = 'KG' and published_at >= '2024-03-01' and published_at < '2024-06-01' order by score desc, published_at desc, id desc limit 50`],
    ['counts, no filter', `select status, n from intake_status_counts`],
    ['counts, language', `select status, count(*) from intake_items where language = 'kk' group by status`],
    ['counts, period', `select status, count(*) from intake_items where published_at >= '2024-01-01' and published_at < '2024-02-01' group by status`],
  ];
  for (const [name, sql] of shapes) {
    const plan = db.$client.prepare(`explain query plan ${sql}`).all() as { detail: string }[];
    console.log(`  ${name}: ${plan.map((p) => p.detail).join(' | ')}`);
  }
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-intake-'));
  try {
    const db = openDatabase(path.join(dir, 'bench.db'));
    seedReferenceData(db);
    seedDemoIntake(db);
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    const poll = await benchPoll(db);
    const peakRss = process.resourceUsage().maxRSS / 1024;
    db.$client.exec('delete from intake_items');
    const fillMs = fillInbox(db, INBOX_ITEMS);
    const inbox = benchInbox(db);
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log(`bench:intake — load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${os.cpus().length} CPUs`);
    const { report } = poll;
    console.log(
      `poll: ${report.feeds} feeds × ${ITEMS_PER_FEED} items: ${report.fetched} fetched, ${report.new} new (${report.relevant} relevant), ${report.errors.length} errors` +
        ` in ${Math.round(poll.ms)} ms (${Math.round(poll.cpuMs)} ms CPU, server included)  ${verdict(poll.ms <= TARGETS.pollMs && report.new === FEEDS * ITEMS_PER_FEED)} (≤ ${TARGETS.pollMs / 1000} s)`,
    );
    console.log(`peak RSS: ${Math.round(peakRss)} MiB (${Math.round(rssBefore)} MiB before the poll)  ${verdict(peakRss <= TARGETS.rssMiB)} (≤ ${TARGETS.rssMiB} MB)`);
    console.log(`inbox: ${INBOX_ITEMS.toLocaleString('en')} items (filled in ${Math.round(fillMs)} ms), ${inbox.n} page+counts queries over ${INTAKE_STATUSES.length} statuses and 18 filter mixes`);
    console.log(
      `inbox p50 ${inbox.p50.toFixed(1)} ms  p95 ${inbox.p95.toFixed(1)} ms  max ${inbox.max.toFixed(1)} ms (${inbox.slowest})  ${verdict(inbox.p95 <= TARGETS.inboxP95Ms)} (p95 ≤ ${TARGETS.inboxP95Ms} ms)`,
    );
    console.log(`inbox CPU time per query p95 ${inbox.cpuP95.toFixed(1)} ms (this process's own work, whatever else the machine runs)`);
    console.log(`slowest filter mixes (median): ${inbox.slowMixes}`);
    console.log('query plans:');
    explain(db);
    db.$client.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
