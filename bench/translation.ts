/**
 * bench:translation — the translation desk's figures, each with PASS/MISS against its target; never
 * fails (exit 0 whatever the figures):
 *  - one paragraph lookup in a synthetic memory of 100,000 units made from the January 2024 units
 *    with other numbers and place names (p95 ≤ 25 ms);
 *  - a termbase of 5,000 terms underlining a 3,000-character body (p95 ≤ 10 ms);
 *  - npm run tm:rebuild of 10,000 articles, in a child process (≤ 30 s, peak RSS ≤ 400 MB);
 *  - all consistency checks of one article (p95 ≤ 5 ms; measured by bench/translation-checks.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase, openMemoryDatabase, type Db } from '@/lib/db/client';
import { compiledTerms, listTerms } from '@/lib/db/queries/terms';
import { insertUnits, type TranslationUnitInsert } from '@/lib/db/queries/translation-units';
import { compileTermbase, findTerms } from '@/lib/domain/termbase-match';
import type { Term } from '@/lib/domain/termbase';
import { normaliseText } from '@/lib/domain/tm-slots';
import { splitParagraphs } from '@/lib/domain/tm-segments';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { lookupTranslationMemory } from '@/lib/services/lookup-translation-memory';
import { seedDemoTermbase } from '@/lib/services/seed-demo-termbase';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { measureTranslationChecks } from './translation-checks';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures');
const TARGET = { lookupP95Ms: 25, underlineP95Ms: 10, rebuildS: 30, rebuildRssMiB: 400 } as const;
const UNITS = 100_000;
const REBUILD_ARTICLES = 10_000;

function p(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
const ms = (n: number) => `${n.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export function januaryDb(): Db {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  seedDemoTermbase(db);
  for (const file of ['release-2024-01-en.md', 'release-2024-01-ru.md']) {
    applyReleaseImport(db, { id: null, label: 'bench', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join(FIXTURES, file)), fileName: file }] });
  }
  return db;
}

/** mulberry32, so that every run measures the same memory. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 100,000 units: each January unit again and again with its numbers changed and its place names
 * swapped for other places of the termbase (so the placeholder keys stay those of the original).
 */
export function synthesiseMemory(db: Db): { paragraphs: string[] } {
  const base = db.$client.prepare('select * from translation_units').all() as Record<string, unknown>[];
  const places = listTerms(db).filter((t) => t.category === 'place' && t.en.split(' ').length === 1);
  const rnd = random(9);
  const rows: TranslationUnitInsert[] = [];
  for (let i = 0; rows.length < UNITS; i++) {
    const u = base[i % base.length]!;
    const swap = places[Math.floor(rnd() * places.length)]!;
    const vary = (text: string, lang: 'en' | 'ru') =>
      text
        .replace(/\d+/g, () => String(1 + Math.floor(rnd() * 900)))
        .replace(lang === 'en' ? /\b(Almaty|Bishkek|Osh|Astana)\b/g : /(Алматы|Бишкек|Ош|Астана)/g, lang === 'en' ? swap.en : swap.ru);
    const en = vary(String(u.en), 'en');
    const ru = vary(String(u.ru), 'ru');
    rows.push({
      en,
      ru,
      enNorm: normaliseText(en),
      ruNorm: normaliseText(ru),
      enKey: String(u.en_key),
      ruKey: String(u.ru_key),
      articleId: null,
      issueId: null,
      field: u.field as 'body',
      paragraph: Number(u.paragraph),
      sentence: u.sentence == null ? null : Number(u.sentence),
      approved: rnd() < 0.8,
      updatedAt: new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 4 * 365) * 86_400_000).toISOString(),
    });
  }
  db.transaction((tx) => insertUnits(tx, rows.slice(base.length)));
  const bodies = db.$client.prepare('select body_en as b from articles').all() as { b: string }[];
  return { paragraphs: bodies.flatMap((r) => splitParagraphs(r.b)).filter((t) => t.length > 40) };
}

export function benchLookup(db: Db, paragraphs: string[]): { p50: number; p95: number; runs: number; units: number } {
  const editor = db.$client.prepare("insert into users (email, name, password_hash, role) values ('bench@example.org', 'Bench', 'x', 'editor') returning id").get() as { id: number };
  const actor = { id: editor.id, label: 'bench@example.org', role: 'editor' as const };
  compiledTerms(db);
  const times: number[] = [];
  const rnd = random(3);
  // Warm-up: statements prepared, pages in cache.
  for (let i = 0; i < 5; i++) lookupTranslationMemory(db, actor, { articleId: null, from: 'en', segments: [{ id: 'w', text: paragraphs[i]! }] });
  for (let i = 0; i < 200; i++) {
    const text = paragraphs[Math.floor(rnd() * paragraphs.length)]!.replace(/\d+/g, () => String(Math.floor(rnd() * 1000)));
    const from = i % 2 === 0 ? 'en' : 'en';
    const started = performance.now();
    lookupTranslationMemory(db, actor, { articleId: null, from, segments: [{ id: 'p', text }] });
    times.push(performance.now() - started);
  }
  const units = (db.$client.prepare('select count(*) n from translation_units').get() as { n: number }).n;
  return { p50: p(times, 0.5), p95: p(times, 0.95), runs: times.length, units };
}

export function benchUnderline(db: Db): { p50: number; p95: number; terms: number; chars: number } {
  const words = [...new Set(fs.readFileSync(path.join(FIXTURES, 'release-2024-01-ru.md'), 'utf8').match(/[А-Яа-яЁё]{5,}/g) ?? [])];
  const wordsEn = [...new Set(fs.readFileSync(path.join(FIXTURES, 'release-2024-01-en.md'), 'utf8').match(/[A-Za-z]{5,}/g) ?? [])];
  const terms: Term[] = [...listTerms(db)];
  const rnd = random(5);
  while (terms.length < 5_000) {
    const n = 1 + Math.floor(rnd() * 3);
    const pick = (list: string[]) => Array.from({ length: n }, () => list[Math.floor(rnd() * list.length)]!).join(' ');
    terms.push({ en: `${pick(wordsEn)} ${terms.length}`, ru: pick(words), variantsEn: [], variantsRu: [], forbiddenEn: [], forbiddenRu: [], category: 'agency', note: '' });
  }
  const body = (db.$client.prepare('select body_ru as b from articles order by length(body_ru) desc limit 1').get() as { b: string }).b.slice(0, 3_000);
  const compiled = compileTermbase(terms, 'ru');
  const times: number[] = [];
  for (let i = 0; i < 105; i++) {
    const started = performance.now();
    findTerms(body, 'ru', compiled);
    if (i >= 5) times.push(performance.now() - started);
  }
  return { p50: p(times, 0.5), p95: p(times, 0.95), terms: terms.length, chars: body.length };
}

function benchRebuild(): { seconds: number; peakRssMiB: number; articles: number; units: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tm-'));
  const file = path.join(dir, 'rebuild.db');
  try {
    const db = openDatabase(file);
    seedReferenceData(db);
    seedDemoTermbase(db);
    for (const name of ['release-2024-01-en.md', 'release-2024-01-ru.md']) {
      applyReleaseImport(db, { id: null, label: 'bench', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join(FIXTURES, name)), fileName: name }] });
    }
    const copy = db.$client.prepare(
      `insert into articles (country_code, event_date, status, title_en, title_ru, body_en, body_ru, digest_en, digest_ru, outlet)
       select country_code, event_date, status, title_en, title_ru, body_en, body_ru, digest_en, digest_ru, outlet from articles where id <= ?`,
    );
    const base = (db.$client.prepare('select count(*) n from articles').get() as { n: number }).n;
    db.transaction(() => {
      while ((db.$client.prepare('select count(*) n from articles').get() as { n: number }).n < REBUILD_ARTICLES) copy.run(base);
    });
    db.$client.prepare(`delete from articles where id > ${REBUILD_ARTICLES}`).run();
    db.$client.close();
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'tm-rebuild.ts'), '--json'], {
      env: { ...process.env, DATABASE_PATH: file },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as { seconds: number; peakRssMiB: number; articles: number; units: number };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  console.log('bench:translation — building the synthetic memory…');
  const db = januaryDb();
  const { paragraphs } = synthesiseMemory(db);
  const lookup = benchLookup(db, paragraphs);
  console.log(`TM lookup (one paragraph, ${lookup.units.toLocaleString('en')} units, ${lookup.runs} runs): p50 ${ms(lookup.p50)}, p95 ${ms(lookup.p95)} (target ≤ ${TARGET.lookupP95Ms} ms) ${verdict(lookup.p95 <= TARGET.lookupP95Ms)}`);
  const underline = benchUnderline(db);
  console.log(`Term underline (${underline.terms.toLocaleString('en')} terms, ${underline.chars} characters): p50 ${ms(underline.p50)}, p95 ${ms(underline.p95)} (target ≤ ${TARGET.underlineP95Ms} ms) ${verdict(underline.p95 <= TARGET.underlineP95Ms)}`);
  db.$client.close();
  console.log('Rebuilding the memory of 10,000 articles in a child process…');
  try {
    const rebuild = benchRebuild();
    console.log(
      `tm:rebuild (${rebuild.articles.toLocaleString('en')} articles → ${rebuild.units.toLocaleString('en')} units): ${rebuild.seconds.toFixed(1)} s (target ≤ ${TARGET.rebuildS} s) ${verdict(rebuild.seconds <= TARGET.rebuildS)}, peak RSS ${rebuild.peakRssMiB.toFixed(0)} MiB (target ≤ ${TARGET.rebuildRssMiB} MB) ${verdict(rebuild.peakRssMiB <= TARGET.rebuildRssMiB)}`,
    );
  } catch (error) {
    console.log(`tm:rebuild could not be measured: ${(error as Error).message} MISS`);
  }
  try {
    for (const figure of measureTranslationChecks()) {
      console.log(`Checks of one article (termbase ${figure.termbase}, ${figure.terms} terms): p50 ${ms(figure.p50Ms)}, p95 ${ms(figure.p95Ms)} (target ≤ 5 ms) ${verdict(figure.pass)}`);
    }
  } catch (error) {
    console.log(`Checks could not be measured: ${(error as Error).message}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
