import type { ChromiumResult, LikeForLikeResult } from './chromium-print';
import type { ChildResult } from './render-child';

export interface BenchCase {
  articles: number;
  /** Warm runs of each renderer, after one cold (first) run. */
  runs: number;
  reactPdf: ChildResult & {
    warmMedianMs: number;
    warmCpuMedianMs: number;
    onePassMedianMs: number | null;
    twoPassMedianMs: number | null;
    onePassCpuMedianMs: number | null;
    twoPassCpuMedianMs: number | null;
    peakRssMiB: number;
    /** Spawn to exit of the child, parent's clock: node + tsx start, data load, all renders. */
    processWallMs: number;
  };
  chromium: Omit<ChromiumResult, 'pdf' | 'likeForLike'> & {
    rssSumMiB: number;
    pssSumMiB: number;
    hwmSumMiB: number;
    likeForLike: Omit<LikeForLikeResult, 'pdf'> | null;
  };
  /** react-pdf warm median / Chromium warm median (one print, contents without page numbers). */
  timeRatio: number;
  /** react-pdf warm median / Chromium like-for-like median (print, read the section pages, print with them). */
  likeForLikeTimeRatio: number | null;
  likeForLikeCpuRatio: number | null;
  /** The same with CPU time, which other load on the machine hardly changes. */
  cpuRatio: number;
  /** react-pdf peak RSS / Chromium peak PSS sum. */
  memoryRatio: number;
}

export interface Target {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export interface BenchReport {
  date: string;
  machine: Record<string, string | number | number[]>;
  photos: Record<string, number>;
  cases: BenchCase[];
  targets: Target[];
  totalSeconds: number;
}

/** 3 MB read as 3,000,000 bytes, the stricter of the two readings. */
const MAX_JANUARY_BYTES = 3_000_000;

export function evaluateTargets(cases: BenchCase[]): Target[] {
  const january = cases.find((c) => c.articles === 26);
  const large = cases.find((c) => c.articles === 300);
  const targets: Target[] = [];
  if (january) {
    const lfl = january.chromium.likeForLike;
    if (lfl && january.likeForLikeTimeRatio !== null) {
      targets.push({
        name: 'January 2024 with photos: react-pdf warm time vs Chromium like-for-like (print, read section pages, print with numbers)',
        measured:
          `${fmt(january.reactPdf.warmMedianMs)} ms / ${fmt(lfl.warmMedianMs)} ms = ${january.likeForLikeTimeRatio.toFixed(2)}× ` +
          `(CPU time: ${january.likeForLikeCpuRatio!.toFixed(2)}×; contents numbers ${lfl.pagesConfirmed ? 'confirmed' : 'NOT confirmed'} by the second print)`,
        limit: '≤ 0.70×',
        pass: january.likeForLikeTimeRatio <= 0.7,
      });
    }
    targets.push({
      name: 'January 2024 with photos: PDF size',
      measured: `${fmt(january.reactPdf.bytes)} bytes (${mb(january.reactPdf.bytes)} MB)`,
      limit: '≤ 3 MB (3,000,000 bytes)',
      pass: january.reactPdf.bytes <= MAX_JANUARY_BYTES,
    });
    const { onePassMedianMs: one, twoPassMedianMs: two, onePassCpuMedianMs: oneCpu, twoPassCpuMedianMs: twoCpu } = january.reactPdf;
    if (one !== null && two !== null) {
      targets.push({
        name: 'January 2024 with photos: two layout passes vs one',
        measured: `${fmt(two)} ms / ${fmt(one)} ms = ${(two / one).toFixed(2)}× (CPU time: ${(twoCpu! / oneCpu!).toFixed(2)}×)`,
        limit: '≤ 1.50×',
        pass: two / one <= 1.5,
      });
    }
  }
  if (january && large) {
    const growth = large.reactPdf.warmMedianMs / january.reactPdf.warmMedianMs;
    const cpuGrowth = large.reactPdf.warmCpuMedianMs / january.reactPdf.warmCpuMedianMs;
    targets.push({
      name: '300 articles vs 26 articles: warm time (linear growth)',
      measured: `${fmt(large.reactPdf.warmMedianMs)} ms / ${fmt(january.reactPdf.warmMedianMs)} ms = ${growth.toFixed(2)}× (CPU time: ${cpuGrowth.toFixed(2)}×)`,
      limit: '≤ 12×',
      pass: growth <= 12,
    });
  }
  if (large) {
    targets.push({
      name: '300 articles: peak RSS of the rendering process',
      measured: `${large.reactPdf.peakRssMiB} MiB`,
      limit: '≤ 600 MiB',
      pass: large.reactPdf.peakRssMiB <= 600,
    });
  }
  return targets;
}

export function formatReport(report: BenchReport): string {
  const header = [
    'articles',
    'runs',
    'pages',
    'PDF MB',
    'warm ms',
    'cold ms',
    'peak RSS MiB',
    'chr pages',
    'chr PDF MB',
    'chr warm ms',
    'chr cold ms',
    'chr RSS-sum MiB',
    'chr PSS-sum MiB',
    'chr lfl ms',
    'time ratio',
    'lfl ratio',
    'mem ratio',
  ];
  const rows = report.cases.map((c) => [
    String(c.articles),
    String(c.runs),
    String(c.reactPdf.pages),
    mb(c.reactPdf.bytes),
    fmt(c.reactPdf.warmMedianMs),
    fmt(c.reactPdf.coldMs),
    c.reactPdf.peakRssMiB.toFixed(0),
    String(c.chromium.pages),
    mb(c.chromium.bytes),
    fmt(c.chromium.warmMedianMs),
    fmt(c.chromium.coldMs),
    c.chromium.rssSumMiB.toFixed(0),
    c.chromium.pssSumMiB.toFixed(0),
    c.chromium.likeForLike ? fmt(c.chromium.likeForLike.warmMedianMs) : '-',
    `${c.timeRatio.toFixed(2)}×`,
    c.likeForLikeTimeRatio === null ? '-' : `${c.likeForLikeTimeRatio.toFixed(2)}×`,
    `${c.memoryRatio.toFixed(2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ');
  const m = report.machine;
  const p = report.photos;
  const load = Math.max(...[m.loadAverageStart, m.loadAverageEnd].flatMap((l) => (Array.isArray(l) ? [l[0]!] : [])));
  const out: string[] = [
    `PDF benchmark — ${report.date}`,
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryMiB} MiB, node ${m.node}, Chromium ${m.chromium}; ` +
      `load average ${fmtLoad(m.loadAverageStart)} at start, ${fmtLoad(m.loadAverageEnd)} at end`,
    `photos: one per article; ${p.distinctCameraOriginals} distinct 4000×3000 camera JPEGs (median ${mb(p.cameraMedianBytes!)} MB, ` +
      `q92 + EXIF/GPS) through processPhoto (median ${p.processPhotoMedianMs} ms, 2 at a time) → prints of median ${fmt(p.printMedianBytes!)} bytes;`,
    `  past 26 articles, each article gets one of these prints with a JPEG comment of its own (same pixels, other bytes)`,
    ...(load > Number(m.cpus)
      ? [
          `NOTE: load average up to ${load} on ${m.cpus} cores: other work competed for the CPU during this run, so wall times are`,
          `  inflated and noisy; the CPU-time figures below are the steadier comparison.`,
        ]
      : []),
    '',
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
    '',
    'CPU time of the warm runs (user + system; react-pdf: its process, Chromium: all browser processes, like-for-like also',
    '  the benchmark process, which reads the section pages with pdf.js), medians:',
    ...cpuTable(report.cases),
    '',
    `warm ms = median of <runs> renders after a first one in the same process (react-pdf: renderEditionPdf, two passes;`,
    `  Chromium: page.setContent + page.pdf in the launched browser). cold ms = react-pdf: a fresh node process importing the`,
    `  renderer and rendering once (node/tsx start-up and data load excluded); Chromium: launch + new page + first print.`,
    `peak RSS = maxRSS of the react-pdf child process of that size (node + renderer + data, over all its renders).`,
    `chr RSS-sum / PSS-sum = highest sum over all Chromium processes of VmRSS / Pss (smaps_rollup), polled every 100 ms from`,
    `  /proc during launch and all prints; RSS-sum counts shared pages once per process, PSS-sum splits them.`,
    `time ratio = react-pdf warm / Chromium warm (one print: its contents has no page numbers, as HTML print has no layout`,
    `  feedback); chr lfl ms = Chromium like-for-like, the way an HTML pipeline gets the numbers: print, read each section's`,
    `  page from the PDF's outline (pdf.js), print again with them in the contents (26 articles only); lfl ratio = react-pdf`,
    `  warm / chr lfl. mem ratio = react-pdf peak RSS / Chromium PSS-sum. MB = 10^6 bytes. Same text, photos and fonts.`,
    '',
    'targets:',
    ...report.targets.map((t) => `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.measured} (target ${t.limit})`),
    '',
  ];
  const january = report.cases.find((c) => c.articles === 26);
  if (january?.reactPdf.onePassMedianMs != null) {
    out.splice(
      out.indexOf('targets:'),
      0,
      `passes (26 articles, ${january.runs} alternating pairs): one pass median ${fmt(january.reactPdf.onePassMedianMs)} ms, ` +
        `two passes ${fmt(january.reactPdf.twoPassMedianMs!)} ms`,
      '',
    );
  }
  out.push(`total run time ${report.totalSeconds} s`, '');
  return out.join('\n');
}

function cpuTable(cases: BenchCase[]): string[] {
  const header = ['articles', 'react-pdf cpu ms', 'chromium cpu ms', 'cpu ratio', 'chr lfl cpu ms', 'lfl cpu ratio'];
  const rows = cases.map((c) => [
    String(c.articles),
    fmt(c.reactPdf.warmCpuMedianMs),
    fmt(c.chromium.warmCpuMedianMs),
    `${c.cpuRatio.toFixed(2)}×`,
    c.chromium.likeForLike ? fmt(c.chromium.likeForLike.warmCpuMedianMs) : '-',
    c.likeForLikeCpuRatio === null ? '-' : `${c.likeForLikeCpuRatio.toFixed(2)}×`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padStart(widths[i]!)).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
const fmtLoad = (value: unknown) => (Array.isArray(value) ? value.join('/') : String(value));
