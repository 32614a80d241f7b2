// `npm run bench:pdf`: the PDF benchmark of the issue. It reports figures and PASS/MISS per target,
// and never fails on a target. Progress goes to stderr, the report to stdout and bench-results/pdf.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type { EditionData, EditionPhoto } from '@/lib/domain/edition';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { articleCount, loadJanuary, syntheticEdition } from './bench-editions';
import { printWithChromium, type Asset, type ChromiumResult, type NumberedContents } from './chromium-print';
import { editionHtml, FONT_FILES } from './edition-html';
import { buildPhotoSet, type PhotoStats } from './photo-set';
import type { ChildResult } from './render-child';
import { kibToMiB, median, progress, round } from './stats';
import { evaluateTargets, formatReport, type BenchCase, type BenchReport } from './report';

/** BENCH_SIZES=26 (comma-separated) and BENCH_RUNS=2 make a quick partial run. */
const SIZES = (process.env.BENCH_SIZES ?? '26,100,300').split(',').map(Number);
/**
 * Warm runs per size: 5, but 3 for 300 articles, whose renders take about a minute each on this
 * 2-core machine (5 would push the whole run well past 10 minutes). BENCH_RUNS sets them all.
 */
const runsFor = (size: number) => Number(process.env.BENCH_RUNS ?? (size >= 300 ? 3 : 5));
const DISTINCT_CAMERA_PHOTOS = 26;
const RESULTS_DIR = path.join(process.cwd(), 'bench-results');

async function main(): Promise<void> {
  const started = performance.now();
  const loadStart = os.loadavg();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'release-desk-bench-'));

  progress('loading January 2024 (import of both fixture texts into an in-memory database)');
  const base = loadJanuary();
  const largest = Math.max(...SIZES);
  progress(`preparing ${largest} photos (${DISTINCT_CAMERA_PHOTOS} camera originals processed as uploads, variants for the rest)`);
  const photoStats: PhotoStats = { cameraBytes: [], printBytes: [], processMs: [] };
  const photos = await buildPhotoSet(largest, DISTINCT_CAMERA_PHOTOS, photoStats);

  const cases: BenchCase[] = [];
  try {
    for (const size of SIZES) {
      const data = syntheticEdition(base, size, photos);
      const articles = articleCount(data);
      const file = path.join(work, `edition-${articles}.v8`);
      fs.writeFileSync(file, v8.serialize(data));
      const runs = runsFor(articles);
      const compare = articles === 26 ? runs : 0;
      progress(`react-pdf, ${articles} articles: fresh process, 1 cold + ${runs} warm renders${compare ? ` + ${compare}×(one pass, two passes)` : ''}`);
      const react = await renderInChild(file, runs, compare, path.join(RESULTS_DIR, `pdf-${articles}-react-pdf.pdf`));
      progress(`chromium, ${articles} articles: launch + 1 cold + ${runs} warm prints`);
      const chromium = await printWithChromium(...chromiumInput(data, photos), runs, articles === 26 ? numberedContents(data, photos) : undefined);
      fs.writeFileSync(path.join(RESULTS_DIR, `pdf-${articles}-chromium.pdf`), chromium.pdf);
      if (chromium.likeForLike) fs.writeFileSync(path.join(RESULTS_DIR, `pdf-${articles}-chromium-numbered.pdf`), chromium.likeForLike.pdf);
      cases.push(toCase(articles, runs, react.result, react.wallMs, chromium));
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryMiB: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      chromium: cases[0]?.chromium.version ?? '',
      loadAverageStart: loadStart.map((l) => round(l, 2)),
      loadAverageEnd: os.loadavg().map((l) => round(l, 2)),
    },
    photos: {
      distinctCameraOriginals: photoStats.cameraBytes.length,
      cameraMedianBytes: median(photoStats.cameraBytes),
      printMedianBytes: median(photoStats.printBytes),
      processPhotoMedianMs: round(median(photoStats.processMs)),
    },
    cases,
    targets: evaluateTargets(cases),
    totalSeconds: 0,
  };
  report.totalSeconds = round((performance.now() - started) / 1000);
  const text = formatReport(report);
  fs.writeFileSync(path.join(RESULTS_DIR, 'pdf.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(text);
  progress(`done in ${report.totalSeconds} s; figures in bench-results/pdf.json, PDFs in bench-results/`);
}

/** The like-for-like reference's second print: the same page, its contents with the section pages. */
function numberedContents(data: EditionData, photos: EditionPhoto[]): NumberedContents {
  const headings = Object.fromEntries(data.sections.map((s) => [s.countryCode, s.heading.toLocaleUpperCase(data.lang)]));
  return { headings, html: (pages) => chromiumInput(data, photos, pages)[0] };
}

function chromiumInput(data: EditionData, photos: EditionPhoto[], contentsPages?: Record<string, number>): [string, Map<string, Asset>] {
  const assets = new Map<string, Asset>();
  for (const font of FONT_FILES) {
    assets.set(`/fonts/${font.file}`, { type: 'font/ttf', body: fs.readFileSync(path.join(process.cwd(), 'lib', 'pdf', 'fonts', font.file)) });
  }
  const urls = new Map<EditionPhoto, string>();
  photos.forEach((photo, i) => urls.set(photo, `photos/${i + 1}.jpg`));
  for (const [photo, url] of urls) assets.set(`/${url}`, { type: 'image/jpeg', body: photo.data });
  const html = editionHtml(data, RELEASE_LABELS[data.lang], (photo) => {
    const url = urls.get(photo);
    if (!url) throw new Error('A photo of the edition is not in the photo set');
    return url;
  }, contentsPages);
  return [html, assets];
}

function renderInChild(file: string, warm: number, compare: number, pdfOut: string): Promise<{ result: ChildResult; wallMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'render-child.ts'), file, String(warm), String(compare), pdfOut],
    // NODE_ENV=production as the server's render workers have it (React's development build is slower).
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`render-child exited with ${code}`));
      const line = stdout.trim().split('\n').at(-1) ?? '';
      resolve({ result: JSON.parse(line) as ChildResult, wallMs: performance.now() - started });
    });
  });
}

function toCase(articles: number, runs: number, react: ChildResult, wallMs: number, chromium: ChromiumResult): BenchCase {
  const { pdf: _pdf, likeForLike, ...chromiumFigures } = chromium;
  const lfl = likeForLike && (({ pdf: _lflPdf, ...figures }) => figures)(likeForLike);
  return {
    articles,
    runs,
    reactPdf: {
      ...react,
      warmMedianMs: median(react.warmMs),
      warmCpuMedianMs: median(react.warmCpuMs),
      onePassMedianMs: react.onePassMs.length ? median(react.onePassMs) : null,
      twoPassMedianMs: react.twoPassMs.length ? median(react.twoPassMs) : null,
      onePassCpuMedianMs: react.onePassCpuMs.length ? median(react.onePassCpuMs) : null,
      twoPassCpuMedianMs: react.twoPassCpuMs.length ? median(react.twoPassCpuMs) : null,
      peakRssMiB: round(kibToMiB(react.maxRssKiB), 1),
      processWallMs: wallMs,
    },
    chromium: {
      ...chromiumFigures,
      likeForLike: lfl,
      rssSumMiB: round(kibToMiB(chromium.memory.rssKiB), 1),
      pssSumMiB: round(kibToMiB(chromium.memory.pssKiB), 1),
      hwmSumMiB: round(kibToMiB(chromium.memory.hwmSumKiB), 1),
    },
    timeRatio: median(react.warmMs) / chromium.warmMedianMs,
    likeForLikeTimeRatio: lfl ? median(react.warmMs) / lfl.warmMedianMs : null,
    likeForLikeCpuRatio: lfl ? median(react.warmCpuMs) / lfl.warmCpuMedianMs : null,
    cpuRatio: median(react.warmCpuMs) / chromium.warmCpuMedianMs,
    memoryRatio: react.maxRssKiB / chromium.memory.pssKiB,
  };
}

await main();
