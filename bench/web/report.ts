import type { PublishFigures } from './prepare';
import type { DownloadFigures, SequentialFigures, ThroughputFigures } from './load';

export interface WebTarget {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export interface WebBenchReport {
  date: string;
  machine: Record<string, string | number | number[]>;
  setup: Record<string, string | number | boolean>;
  pages: { staticFile: ThroughputFigures; archive: ThroughputFigures; issuePage: ThroughputFigures } | null;
  downloads: { file: string; bytes: number; app: DownloadFigures; bare: DownloadFigures; ratio: number } | null;
  dashboard: {
    path: string;
    status: number;
    desk: SequentialFigures;
    health: SequentialFigures;
    ratio: number;
    /** The framework floor: /desk/bench-floor, the desk's layout and 25 fixed rows, no query of its own. */
    floor: SequentialFigures;
    floorStatus: number;
    floorRatio: number;
  } | null;
  publishing: PublishFigures | null;
  notes: string[];
  targets: WebTarget[];
  totalSeconds: number;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mbps = (bytesPerSecond: number) => `${fmt(bytesPerSecond / 1e6, 1)} MB/s`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export function evaluateTargets(report: WebBenchReport): WebTarget[] {
  const targets: WebTarget[] = [];
  if (report.pages) {
    const { staticFile } = report.pages;
    for (const [name, figures] of [['/ (archive)', report.pages.archive], ['/releases/2024/1 (issue page)', report.pages.issuePage]] as const) {
      targets.push({
        name: `${name} at ${figures.connections} connections`,
        measured: `${fmt(figures.requestsPerSecond)} req/s, p99 ${fmt(figures.p99Ms)} ms (${pct(figures.requestsPerSecond / staticFile.requestsPerSecond)} of the static file's ${fmt(staticFile.requestsPerSecond)} req/s)`,
        limit: '≥ 1,000 req/s and p99 ≤ 100 ms',
        pass: figures.requestsPerSecond >= 1000 && figures.p99Ms <= 100 && figures.non2xx === 0,
      });
    }
  }
  if (report.downloads) {
    const d = report.downloads;
    targets.push({
      name: 'PDF download throughput vs a bare Node http server (same file, same curl clients)',
      measured: `${mbps(d.app.bytesPerSecond)} / ${mbps(d.bare.bytesPerSecond)} = ${d.ratio.toFixed(2)}×`,
      limit: '≥ 0.50×',
      pass: d.ratio >= 0.5 && d.app.failed === 0,
    });
  }
  if (report.dashboard) {
    const d = report.dashboard;
    targets.push({
      name: `${d.path} (signed-in editor, 10,000 articles) p95 vs /api/health p95, one connection`,
      measured: `${fmt(d.desk.p95Ms, 1)} ms / ${fmt(d.health.p95Ms, 1)} ms = ${d.ratio.toFixed(2)}×`,
      limit: '≤ 3×',
      pass: d.ratio <= 3 && d.desk.non2xx === 0,
    });
    targets.push({
      name: `${d.path} (signed-in editor, 10,000 articles) p95 vs the framework floor p95 (desk layout, 25 fixed rows, no database), taking turns`,
      measured: `${fmt(d.desk.p95Ms, 1)} ms / ${fmt(d.floor.p95Ms, 1)} ms = ${d.floorRatio.toFixed(2)}×`,
      limit: '≤ 1.5×',
      pass: d.floorRatio <= 1.5 && d.desk.non2xx === 0 && d.floor.non2xx === 0,
    });
  }
  if (report.publishing) {
    const p = report.publishing;
    targets.push({
      name: 'Publishing January 2024 (both editions) vs one edition’s render',
      measured: `${fmt(median(p.publishMs))} ms / ${fmt(median([...p.renderEnMs, ...p.renderRuMs]))} ms = ${p.ratio.toFixed(2)}×`,
      limit: '≤ 2×',
      pass: p.ratio <= 2,
    });
  }
  return targets;
}

const pct = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

export function formatReport(r: WebBenchReport): string {
  const m = r.machine;
  const out: string[] = [
    `Web benchmark — ${r.date}`,
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryMiB} MiB, node ${m.node}; load average ${String(m.loadAverageStart)} at start, ${String(m.loadAverageEnd)} at end`,
    `setup: ${Object.entries(r.setup).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    '',
  ];
  if (r.pages) {
    const row = (name: string, f: ThroughputFigures) =>
      `  ${name.padEnd(38)} ${fmt(f.requestsPerSecond).padStart(7)} req/s  p50 ${fmt(f.p50Ms).padStart(4)} ms  p99 ${fmt(f.p99Ms).padStart(5)} ms  ` +
      `${(f.requestsPerSecond / r.pages!.staticFile.requestsPerSecond).toFixed(2)}× static  (${fmt(f.requests)} requests, ${f.non2xx} non-2xx, ${f.errors} errors)`;
    out.push(
      `public pages, autocannon, ${r.pages.archive.connections} connections, ${r.pages.archive.seconds} s each:`,
      row('static file (reference)', r.pages.staticFile),
      row('/ (archive, cached page)', r.pages.archive),
      row('/releases/2024/1 (issue page, cached)', r.pages.issuePage),
      '',
    );
  }
  if (r.downloads) {
    const d = r.downloads;
    const row = (name: string, f: DownloadFigures) =>
      `  ${name.padEnd(38)} ${mbps(f.bytesPerSecond).padStart(11)}  ${fmt(f.downloads)} downloads in ${fmt(f.seconds, 1)} s, ${f.failed} failed`;
    out.push(
      `PDF download (${d.file}, ${fmt(d.bytes)} bytes), parallel curl processes, total bytes / wall time:`,
      row('app /releases/2024/1/en.pdf', d.app),
      row('bare node http (createReadStream)', d.bare),
      `  ratio app / bare: ${d.ratio.toFixed(2)}×`,
      '',
    );
  }
  if (r.dashboard) {
    const d = r.dashboard;
    const row = (name: string, f: SequentialFigures) =>
      `  ${name.padEnd(38)} p50 ${fmt(f.p50Ms, 1).padStart(6)} ms  p95 ${fmt(f.p95Ms, 1).padStart(6)} ms  p99 ${fmt(f.p99Ms, 1).padStart(6)} ms  (${f.requests} requests, ${f.non2xx} non-2xx)`;
    out.push(
      `dashboard, one connection, sequential requests (/desk and the floor taking turns):`,
      row(`${d.path} (HTTP ${d.status})`, d.desk),
      row(`/desk/bench-floor (HTTP ${d.floorStatus})`, d.floor),
      row('/api/health (reference)', d.health),
      `  ratio p95 /desk / floor: ${d.floorRatio.toFixed(2)}×; /desk / health: ${d.ratio.toFixed(2)}×`,
      '',
    );
  }
  if (r.publishing) {
    const p = r.publishing;
    out.push(
      `publishing (the server's render worker processes, warm, no render cache):`,
      `  demo seed (import both texts + publish r1, cold process): ${fmt(p.demoSeedSeconds, 1)} s`,
      `  one edition (warm render worker): en ${p.renderEnMs.map((v) => fmt(v)).join(' / ')} ms; ru ${p.renderRuMs.map((v) => fmt(v)).join(' / ')} ms`,
      `  publish both editions (correction → next revision): ${p.publishMs.map((v) => fmt(v)).join(' / ')} ms; ratio ${p.ratio.toFixed(2)}×`,
      '',
    );
  }
  if (r.notes.length) out.push('notes:', ...r.notes.map((n) => `  - ${n}`), '');
  out.push('targets:', ...r.targets.map((t) => `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.measured} (target ${t.limit})`), '', `total ${fmt(r.totalSeconds)} s`, '');
  return out.join('\n');
}
