/**
 * npm run bench:search — the search services over 100,000 articles (synthetic, both languages) and as
 * many published article texts: p50/p95 of one search, for the desk index and the public one, with
 * PASS/MISS against the target (p95 ≤ 25 ms). Figures only: it never fails. SEARCH_BENCH_ARTICLES=N
 * changes the size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR, type Actor } from '@/lib/services/actor';
import { seedSyntheticArticles } from '@/lib/services/seed-synthetic-articles';
import { searchArchive } from '@/lib/services/search/search-archive';
import { searchDesk } from '@/lib/services/search/search-desk';
import { parseSearchParams } from '@/lib/services/search/search-input';

const COUNT = Number(process.env.SEARCH_BENCH_ARTICLES || 100_000);
const RUNS = 15;
const TARGET_P95_MS = 25;
const QUERIES = ['heroin', 'героин', '"border region"', 'lab*', 'police -heroin', 'Алматы', 'seized heroin Almaty', 'таможенники', 'UNODC', 'couriers airport'];
const FILTERS: Array<Record<string, string>> = [{}, { country: 'KZ' }, { year: '2024' }, { sort: 'newest' }];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
try {
  const db = openDatabase(path.join(dir, 'bench.db'));
  let started = performance.now();
  seedSyntheticArticles(db, SYSTEM_ACTOR, { count: COUNT, seed: 7 });
  const seedMs = performance.now() - started;

  // One published issue holding every article's text (as publications store it): the public index.
  started = performance.now();
  const client = db.$client;
  client.transaction(() => {
    const issue = client.prepare(`INSERT INTO issues (year, number, period_start, period_end, place_en, place_ru, status, revision) VALUES (2024, 1, '2024-01-01', '2024-01-31', 'Almaty', 'Алматы', 'published', 1) RETURNING id`).get() as { id: number };
    for (const lang of ['en', 'ru'] as const) {
      const file = client.prepare(`INSERT INTO release_files (issue_id, revision, lang, path, sha256, bytes, page_count, toc) VALUES (?, 1, ?, ?, 'x', 1, 1, '{"sections":{},"articles":{}}') RETURNING id`).get(issue.id, lang, `releases/2024/1/r1-${lang}.pdf`) as { id: number };
      client.prepare(`INSERT INTO release_texts (release_file_id, summary_counts, summary_digest) VALUES (?, '', '')`).run(file.id);
      client
        .prepare(
          `INSERT INTO published_articles (release_file_id, position, article_id, country_code, country_name, section_heading, event_date, outlet, title, digest, body, sources, photos, page)
           SELECT ?, id, id, country_code, country_code, country_code, event_date, outlet, title_${lang}, digest_${lang}, body_${lang}, '[]', '[]', 3 FROM articles`,
        )
        .run(file.id);
    }
  })();
  const publishMs = performance.now() - started;

  const editor: Actor = { id: 1, label: 'bench', role: 'editor' };
  const measure = (search: (params: ReturnType<typeof parseSearchParams>) => unknown) => {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const q of QUERIES) {
        for (const filter of FILTERS) {
          const params = parseSearchParams({ q, ...filter });
          const t0 = performance.now();
          search(params);
          times.push(performance.now() - t0);
        }
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    return { n: times.length, p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! };
  };
  const desk = measure((params) => searchDesk(db, editor, params!));
  const archive = measure((params) => searchArchive(db, params!));
  const fmt = (r: { n: number; p50: number; p95: number; max: number }) => `p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  max ${r.max.toFixed(1)} ms  (${r.n} searches)`;
  const verdict = (p95: number) => (p95 <= TARGET_P95_MS ? 'PASS' : 'MISS');
  console.log(`bench:search — ${COUNT.toLocaleString('en')} articles, ${(COUNT * 2).toLocaleString('en')} published texts; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`index build: ${Math.round(seedMs)} ms for the articles (stemmed by the triggers), ${Math.round(publishMs)} ms for the published texts`);
  console.log(`desk search   ${fmt(desk)}  ${verdict(desk.p95)} (p95 ≤ ${TARGET_P95_MS} ms)`);
  console.log(`public search ${fmt(archive)}  ${verdict(archive.p95)} (p95 ≤ ${TARGET_P95_MS} ms)`);
  db.$client.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
