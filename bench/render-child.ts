// One size of the benchmark in a fresh process, so that its first render is cold and its peak RSS
// is its own: `node --import tsx bench/render-child.ts <edition.v8> <warm runs> [pass-compare runs] [pdf out]`.
// Reads the EditionData written by bench/pdf.ts, prints one JSON line (ChildResult) on stdout.
import fs from 'node:fs';
import v8 from 'node:v8';
import type { EditionData } from '@/lib/domain/edition';
import { median, progress, timed } from './stats';

export interface ChildResult {
  /** Import of the renderer modules (fonts registered on first render) + first two-pass render. */
  coldMs: number;
  coldImportMs: number;
  coldRenderMs: number;
  /** Peak RSS of this process right after the cold render, and at the end, KiB. */
  coldMaxRssKiB: number;
  maxRssKiB: number;
  pages: number;
  bytes: number;
  passes: number;
  sectionPages: Record<string, number>;
  /** Wall time and CPU time (user + system, all threads) of each warm render. */
  warmMs: number[];
  warmCpuMs: number[];
  onePassMs: number[];
  onePassCpuMs: number[];
  twoPassMs: number[];
  twoPassCpuMs: number[];
}

const [file, warmArg = '5', compareArg = '0', pdfOut] = process.argv.slice(2);
if (!file) throw new Error('usage: render-child.ts <edition.v8> <warm runs> [pass-compare runs] [pdf out]');
const data = v8.deserialize(fs.readFileSync(file)) as EditionData;
const articles = data.sections.reduce((n, s) => n + s.articles.length, 0);

const imported = await timed(async () => {
  const [{ renderEditionPdf }, { RELEASE_LABELS }] = await Promise.all([
    import('@/lib/pdf/render-edition-pdf'),
    import('@/lib/domain/release-labels'),
  ]);
  return { renderEditionPdf, labels: RELEASE_LABELS[data.lang] };
});
const { renderEditionPdf, labels } = imported.value;
const render = (passes?: 1 | 2) => renderEditionPdf(data, labels, passes ? { passes } : {});

async function measured(passes?: 1 | 2): Promise<{ ms: number; cpuMs: number }> {
  const cpuBefore = process.cpuUsage();
  const { ms } = await timed(() => render(passes));
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

const cold = await timed(() => render());
const coldMaxRssKiB = process.resourceUsage().maxRSS;
if (pdfOut) fs.writeFileSync(pdfOut, cold.value.pdf);
progress(`  ${articles} articles, cold: ${Math.round(imported.ms + cold.ms)} ms, ${cold.value.pageCount} pages`);

const warmMs: number[] = [];
const warmCpuMs: number[] = [];
for (let i = 0; i < Number(warmArg); i++) {
  const run = await measured();
  warmMs.push(run.ms);
  warmCpuMs.push(run.cpuMs);
  progress(`  ${articles} articles, warm ${i + 1}/${warmArg}: ${Math.round(run.ms)} ms (cpu ${Math.round(run.cpuMs)} ms)`);
}

// Alternating one and two passes, so that drift on a shared machine hits both alike.
const one = { ms: [] as number[], cpuMs: [] as number[] };
const two = { ms: [] as number[], cpuMs: [] as number[] };
for (let i = 0; i < Number(compareArg); i++) {
  for (const [passes, into] of [[1, one], [2, two]] as const) {
    const run = await measured(passes);
    into.ms.push(run.ms);
    into.cpuMs.push(run.cpuMs);
  }
  progress(`  passes ${i + 1}/${compareArg}: one ${Math.round(one.ms.at(-1)!)} ms, two ${Math.round(two.ms.at(-1)!)} ms`);
}
if (one.ms.length) progress(`  one pass median ${Math.round(median(one.ms))} ms, two ${Math.round(median(two.ms))} ms`);

const result: ChildResult = {
  coldMs: imported.ms + cold.ms,
  coldImportMs: imported.ms,
  coldRenderMs: cold.ms,
  coldMaxRssKiB,
  maxRssKiB: process.resourceUsage().maxRSS,
  pages: cold.value.pageCount,
  bytes: cold.value.pdf.length,
  passes: cold.value.passes,
  sectionPages: cold.value.sectionPages,
  warmMs,
  warmCpuMs,
  onePassMs: one.ms,
  onePassCpuMs: one.cpuMs,
  twoPassMs: two.ms,
  twoPassCpuMs: two.cpuMs,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
