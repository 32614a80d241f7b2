// `npm run bench:web`: the web benchmark against the production build (next build once if stale,
// then next start on a free port with a throwaway database and data directory). Figures and ratios
// are measured in one run; it prints PASS/MISS per target and never fails on a miss. Progress goes
// to stderr, the report to stdout and bench-results/web.json.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { resolveDataPath } from '@/lib/media/data-dir';
import { findPublicFile } from '@/lib/db/queries/reader';
import { progress, round } from './stats';
import { measureAlternating, measureDownloads, measureSequential, measureThroughput } from './web/load';
import { addSyntheticArticles, createEditors, seedAndMeasurePublishing, sessionToken } from './web/prepare';
import { evaluateTargets, formatReport, type WebBenchReport } from './web/report';
import { build, buildIsStale, freePort, startBareFileServer, startApp, type RunningServer } from './web/server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const CONNECTIONS = 50;
const PUBLISH_RUNS = Number(process.env.BENCH_PUBLISH_RUNS ?? 3);
const CURL_PROCESSES = 8;
const CURL_EACH = Number(process.env.BENCH_CURL_EACH ?? 150);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 300);
const RESULTS_DIR = path.join(process.cwd(), 'bench-results');

async function main(): Promise<void> {
  const started = performance.now();
  const loadStart = os.loadavg();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'release-desk-web-bench-'));
  const secret = crypto.randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: path.join(work, 'bench.db'),
    DATA_DIR: path.join(work, 'data'),
    NEXTAUTH_SECRET: secret,
  };
  // The in-process services (seed, publish) use the same database and data directory as the server.
  Object.assign(process.env, { DATABASE_PATH: env.DATABASE_PATH, DATA_DIR: env.DATA_DIR });
  const notes: string[] = [];
  const report: WebBenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryMiB: Math.round(os.totalmem() / 2 ** 20), node: process.version },
    setup: {},
    pages: null,
    downloads: null,
    dashboard: null,
    publishing: null,
    notes,
    targets: [],
    totalSeconds: 0,
  };
  let server: RunningServer | null = null;
  let bare: RunningServer | null = null;
  try {
    const db = openDatabase(env.DATABASE_PATH);
    report.publishing = await seedAndMeasurePublishing(db, PUBLISH_RUNS);
    const editors = await createEditors(db);
    const authorIds = editors.map((e) => e.id);
    addSyntheticArticles(db, 5000, 1, authorIds);
    const pdf = findPublicFile(db, { year: 2024, number: 1, lang: 'en', revision: null })!.file;
    db.$client.close();

    // Always, in practice: the build must prerender this run's throwaway database (else its pages
    // show another database's issues until they revalidate, 5 minutes later).
    const stale = buildIsStale(env.DATABASE_PATH!);
    report.setup.buildWasStale = stale;
    if (stale) {
      progress('next build (for the database of this run) — this takes a minute or two');
      report.setup.buildSeconds = round(build(env), 1);
    }
    const port = await freePort();
    // RELEASE_DESK_BENCH_FLOOR: the framework floor page (/desk/bench-floor) exists only on this server.
    server = await startApp({ ...env, NEXTAUTH_URL: `http://localhost:${port}`, PORT: String(port), RELEASE_DESK_BENCH_FLOOR: '1' }, port);
    const base = server.url;
    const staticPath = await warmUp(base, `/releases/2024/1/r${pdf.revision}/en-cover.webp`);
    report.setup = { ...report.setup, articles: 5026, latestRevision: pdf.revision, staticReference: staticPath, secondsPerCase: SECONDS };

    progress(`static file ${staticPath}: ${CONNECTIONS} connections, ${SECONDS} s`);
    const staticFile = await measureThroughput(base + staticPath, CONNECTIONS, SECONDS);
    progress(`/ : ${CONNECTIONS} connections, ${SECONDS} s`);
    const archive = await measureThroughput(`${base}/`, CONNECTIONS, SECONDS);
    progress(`/releases/2024/1 : ${CONNECTIONS} connections, ${SECONDS} s`);
    const issuePage = await measureThroughput(`${base}/releases/2024/1`, CONNECTIONS, SECONDS);
    report.pages = { staticFile, archive, issuePage };

    const bytes = fs.statSync(resolveDataPath(pdf.path)).size;
    const barePort = await freePort();
    bare = await startBareFileServer(resolveDataPath(pdf.path), barePort);
    progress(`PDF downloads: ${CURL_PROCESSES} curl processes × ${CURL_EACH}, app then bare server`);
    await measureDownloads(`${base}/releases/2024/1/en.pdf`, 2, 10); // warm-up
    const app = await measureDownloads(`${base}/releases/2024/1/en.pdf`, CURL_PROCESSES, CURL_EACH);
    await measureDownloads(`${bare.url}/file.pdf`, 2, 10);
    const bareFigures = await measureDownloads(`${bare.url}/file.pdf`, CURL_PROCESSES, CURL_EACH);
    report.downloads = { file: pdf.path, bytes, app, bare: bareFigures, ratio: app.bytesPerSecond / bareFigures.bytesPerSecond };
    await bare.stop();
    bare = null;

    const more = openDatabase(env.DATABASE_PATH);
    addSyntheticArticles(more, 5000, 2, authorIds);
    more.$client.close();
    // Minted now: the proxy re-seals a token older than a minute (the client then keeps the new one).
    const session = await sessionToken(editors[0]!, secret);
    const cookie = { Cookie: `next-auth.session-token=${session}` };
    const probe = await fetch(`${base}/desk`, { headers: cookie, redirect: 'manual' });
    const deskHtml = await probe.text();
    if (probe.status !== 200) notes.push(`/desk answered ${probe.status} to the signed-in editor; measured anyway`);
    else if (!/<tbody>(?:<tr)/.test(deskHtml)) notes.push('/desk answered 200 but lists no article: the measured page is lighter than a working dashboard');
    const floorProbe = await fetch(`${base}/desk/bench-floor`, { headers: cookie, redirect: 'manual' });
    await floorProbe.text();
    if (floorProbe.status !== 200) notes.push(`/desk/bench-floor answered ${floorProbe.status}: the framework floor is not what it should be`);
    progress(`/api/health: ${SEQUENTIAL} sequential requests`);
    const health = await measureSequential(`${base}/api/health`, SEQUENTIAL);
    progress(`/desk as an editor (10,026 articles, a quarter of the drafts theirs: a full first page) and the framework floor, taking turns: ${SEQUENTIAL} requests each`);
    const [desk, floor] = await measureAlternating([`${base}/desk`, `${base}/desk/bench-floor`], SEQUENTIAL, cookie);
    report.dashboard = {
      path: '/desk',
      status: probe.status,
      desk: desk!,
      health,
      ratio: desk!.p95Ms / health.p95Ms,
      floor: floor!,
      floorStatus: floorProbe.status,
      floorRatio: desk!.p95Ms / floor!.p95Ms,
    };
  } finally {
    await bare?.stop();
    await server?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }

  report.machine.loadAverageStart = loadStart.map((l) => round(l, 2));
  report.machine.loadAverageEnd = os.loadavg().map((l) => round(l, 2));
  report.targets = evaluateTargets(report);
  report.totalSeconds = round((performance.now() - started) / 1000);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, 'web.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(formatReport(report));
  progress(`done in ${report.totalSeconds} s; figures in bench-results/web.json`);
}

/**
 * Brings the cached pages up to date with this run's database (a build made earlier holds other
 * content until its first revalidation) and returns a small static file the same server serves.
 */
async function warmUp(base: string, coverPath: string): Promise<string> {
  progress('warming up: cover thumbnail, archive and issue page fresh from this database');
  if (!(await fetch(base + coverPath)).ok) throw new Error(`${coverPath} did not answer 200`);
  // A page prerendered by an earlier build is served once more, then regenerated (revalidate = 300 s).
  const deadline = Date.now() + 330_000;
  for (;;) {
    const [home, issue] = await Promise.all([fetch(`${base}/`).then((r) => r.text()), fetch(`${base}/releases/2024/1`).then((r) => r.text())]);
    if (home.includes(coverPath) && issue.includes('/releases/2024/1/r1/en.pdf')) {
      const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)?.[1];
      if (!css) throw new Error('No stylesheet link in the archive page');
      return css;
    }
    if (Date.now() > deadline) throw new Error('The cached pages did not catch up with the database within 330 s');
    await new Promise((r) => setTimeout(r, 1000));
  }
}

await main();
