/**
 * bench:translation:checks — all consistency checks of one article (lib/domain/translation-checks),
 * on the 26 articles of the January 2024 editions, with the repository's termbase and with a
 * synthetic one of 5,000 terms made from the editions' own words. Prints figures and PASS/MISS
 * against the target (p95 ≤ 5 ms per article); never fails. `measureTranslationChecks` is
 * exported for bench:translation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openMemoryDatabase } from '@/lib/db/client';
import { listIssueArticles } from '@/lib/db/queries/issues';
import type { Term } from '@/lib/domain/termbase';
import { checkTranslation, latinTermNames, type CheckOptions, type TranslationCheckInput } from '@/lib/domain/translation-checks';
import { compileTermbase } from '@/lib/domain/termbase-match';
import { applyReleaseImport } from '@/lib/services/apply-release-import';
import { seedReferenceData } from '@/lib/services/seed-reference-data';
import { seedDemoTermbase } from '@/lib/services/seed-demo-termbase';
import { checkInputOf, termbaseOf } from '@/lib/services/translation-findings';

export const CHECKS_TARGET_P95_MS = 5;

export interface ChecksFigure {
  termbase: string;
  terms: number;
  runs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** The first run of all (regular expressions compiled, stems not yet cached). */
  coldMs: number;
  /** CPU time of this process per article (user + system): what the checks cost when the machine is shared. */
  cpuP50Ms: number;
  cpuP95Ms: number;
  pass: boolean;
}

function januaryArticles(): { inputs: TranslationCheckInput[]; repositoryTerms: Term[] } {
  const db = openMemoryDatabase();
  seedReferenceData(db);
  let issueId = 0;
  for (const lang of ['en', 'ru']) {
    const file = `release-2024-01-${lang}.md`;
    issueId = applyReleaseImport(db, { id: null, label: 'bench', role: 'system' }, { files: [{ bytes: fs.readFileSync(path.join('tests', 'fixtures', file)), fileName: file }] }).issueId;
  }
  const inputs = listIssueArticles(db, issueId).map(({ article, photos }) => checkInputOf(article, photos));
  seedDemoTermbase(db);
  return { inputs, repositoryTerms: termbaseOf(db) };
}

/** Terms of two or three words taken from the editions' own text: matching does real work on them. */
function syntheticTerms(inputs: TranslationCheckInput[], count: number): Term[] {
  const words = (text: string) => text.match(/[\p{L}]{4,}/gu) ?? [];
  const en = inputs.flatMap((a) => words(a.bodyEn));
  const ru = inputs.flatMap((a) => words(a.bodyRu));
  let seed = 7;
  const pick = <T,>(list: T[]) => list[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % list.length]!;
  const terms: Term[] = [];
  const seen = new Set<string>();
  while (terms.length < count) {
    const size = 2 + (terms.length % 2);
    const phraseEn = Array.from({ length: size }, () => pick(en)).join(' ');
    if (seen.has(phraseEn.toLowerCase())) continue;
    seen.add(phraseEn.toLowerCase());
    terms.push({
      en: phraseEn,
      ru: Array.from({ length: size }, () => pick(ru)).join(' '),
      variantsEn: [],
      variantsRu: terms.length % 10 === 0 ? [pick(ru).toUpperCase().slice(0, 4)] : [],
      forbiddenEn: [],
      forbiddenRu: terms.length % 25 === 0 ? [pick(ru)] : [],
      category: 'agency',
      note: '',
    });
  }
  return terms;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

function measure(label: string, inputs: TranslationCheckInput[], terms: Term[], rounds: number): ChecksFigure {
  const options: CheckOptions = { terms: { en: compileTermbase(terms, 'en'), ru: compileTermbase(terms, 'ru') }, latinNames: latinTermNames(terms) };
  const times: number[] = [];
  const cpu: number[] = [];
  let coldMs = NaN;
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      checkTranslation(input, options);
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (Number.isNaN(coldMs)) coldMs = ms;
      times.push(ms);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p95Ms = quantile(times, 0.95);
  const r = (n: number) => Number(n.toFixed(3));
  return {
    termbase: label,
    terms: terms.length,
    runs: times.length,
    p50Ms: r(quantile(times, 0.5)),
    p95Ms: r(p95Ms),
    maxMs: r(times.at(-1)!),
    coldMs: r(coldMs),
    cpuP50Ms: r(quantile(cpu, 0.5)),
    cpuP95Ms: r(quantile(cpu, 0.95)),
    pass: p95Ms <= CHECKS_TARGET_P95_MS,
  };
}

/** The figures of the checks: the demo termbase shipped in the repository and 5,000 synthetic terms. */
export function measureTranslationChecks(rounds = 40): ChecksFigure[] {
  const { inputs, repositoryTerms } = januaryArticles();
  return [
    measure('demo', inputs, repositoryTerms, rounds),
    measure('synthetic 5,000', inputs, syntheticTerms(inputs, 5_000), rounds),
  ];
}

export function printChecksFigures(figures: ChecksFigure[]): void {
  for (const f of figures) {
    console.log(
      `all checks of one article (${f.termbase} termbase, ${f.terms} terms): p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, max ${f.maxMs} ms, ` +
        `first run ${f.coldMs} ms over ${f.runs} runs (CPU p50 ${f.cpuP50Ms} ms, p95 ${f.cpuP95Ms} ms) — target p95 ≤ ${CHECKS_TARGET_P95_MS} ms: ${f.pass ? 'PASS' : 'MISS'}`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printChecksFigures(measureTranslationChecks());
}
