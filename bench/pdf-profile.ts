// `npm run bench:pdf:profile`: where react-pdf's time goes for January 2024 with photos (26 articles, one
// photo each, as bench:pdf renders it). Renders twice to warm up, then profiles RUNS renders with the V8
// sampling profiler (node:inspector, the same data `node --cpu-prof` writes) and sums self time by package
// and area: layout, text, fonts (shaping, subsetting), images, PDF writing, compression, React, GC.
// Writes the raw profile to bench-results/pdf-profile.cpuprofile (open it in Chrome DevTools).
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { loadJanuary, syntheticEdition } from './bench-editions';
import { buildPhotoSet } from './photo-set';
import { progress } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const RESULTS_DIR = path.join(process.cwd(), 'bench-results');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Areas of the work, by the package (or file) a function lives in. */
const AREAS: Array<[RegExp, string]> = [
  [/@react-pdf\/layout|yoga|^wasm:/, 'layout (@react-pdf/layout, yoga flexbox, its wasm)'],
  [/@react-pdf\/textkit|linebreak|bidi|@react-pdf\/hyphenate|hyphen/, 'text layout (textkit: runs, line breaking, hyphenation)'],
  [/fontkit|restructure|unicode-properties|unicode-trie|@react-pdf\/font|brotli|tiny-inflate|dfa/, 'fonts (fontkit: shaping, glyph metrics, subsetting)'],
  [/@react-pdf\/image|jay-peg|@react-pdf\/png-js|png-js/, 'images (decoding headers, embedding)'],
  [/@react-pdf\/pdfkit|pdfkit/, 'PDF writing (pdfkit: objects, streams, fonts embedding)'],
  [/pako|zlib|^writeSync$/, 'compression (zlib: deflate of streams and images)'],
  [/@react-pdf\/reconciler|react-reconciler|\/react\/|scheduler/, 'React reconciler'],
  [/@react-pdf\/render|@react-pdf\/renderer|@react-pdf\/primitives|@react-pdf\/stylesheet|@react-pdf\/fns|@react-pdf\/svg|media-engine|postcss-value-parser|color-string|abs-svg/, 'react-pdf glue (render, styles)'],
  [/\/lib\/pdf\/|\/lib\/domain\//, 'our PDF components and text (lib/pdf, lib/domain)'],
  [/^\(garbage collector\)$/, 'garbage collection'],
  [/^dispatch$/, 'profiler itself (node:inspector dispatch)'],
  [/^\(program\)$|^\(idle\)$|^$/, 'V8 / native (program, idle, builtins)'],
  [/^node:/, 'Node built-ins'],
];

function packageOf(url: string): string {
  const at = url.lastIndexOf('node_modules/');
  if (at < 0) return url.startsWith('file://') ? path.relative(process.cwd(), new URL(url).pathname) : url;
  const rest = url.slice(at + 'node_modules/'.length).split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
}

function areaOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  const key = url || `(${functionName.replace(/[()]/g, '')})`;
  const subject = url ? url : functionName;
  for (const [pattern, area] of AREAS) if (pattern.test(subject) || pattern.test(key)) return area;
  return `other: ${packageOf(url)}`;
}

async function main(): Promise<void> {
  // As the server's render workers run (React's development build is several times slower); set before React loads.
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const { renderEditionPdf } = await import('@/lib/pdf/render-edition-pdf');
  const loadStart = os.loadavg();
  progress('January 2024 with photos (26 articles, as bench:pdf renders it)');
  const photos = await buildPhotoSet(26, 26, { cameraBytes: [], printBytes: [], processMs: [] });
  const data = syntheticEdition(loadJanuary(), 26, photos);
  const labels = RELEASE_LABELS[data.lang];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    await renderEditionPdf(data, labels);
    progress(`warm-up ${i + 1}/2: ${Math.round(performance.now() - t)} ms`);
  }
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await renderEditionPdf(data, labels);
    wall.push(performance.now() - t);
    progress(`profiled render ${i + 1}/${RUNS}: ${Math.round(wall.at(-1)!)} ms`);
  }
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, 'pdf-profile.cpuprofile'), JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    areas.set(areaOf(node), (areas.get(areaOf(node)) ?? 0) + us);
    const pkg = node.callFrame.url ? packageOf(node.callFrame.url) : node.callFrame.functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const fn = `${node.callFrame.functionName || '(anonymous)'}  ${pkg}:${node.callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const perRender = (us: number) => `${(us / 1000 / RUNS).toFixed(0).padStart(6)} ms/render ${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const table = (map: Map<string, number>, top: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => `  ${perRender(us)}  ${name}`);
  const sorted = [...wall].sort((a, b) => a - b);
  const out = [
    `react-pdf profile — January 2024 with photos (26 articles, ${data.sections.length} sections), ${RUNS} warm renders, two layout passes each`,
    `wall time per render: median ${Math.round(sorted[sorted.length >> 1]!)} ms (profiler on, 0.5 ms sampling); load average ${loadStart.map((l) => l.toFixed(2)).join('/')} at start, ${os.loadavg().map((l) => l.toFixed(2)).join('/')} at end, ${os.cpus().length} cores`,
    '',
    'self time by area:',
    ...table(areas, 20),
    '',
    'self time by package:',
    ...table(packages, 15),
    '',
    'top functions by self time:',
    ...table(functions, 25),
    '',
    'raw profile: bench-results/pdf-profile.cpuprofile',
    '',
  ];
  fs.writeFileSync(path.join(RESULTS_DIR, 'pdf-profile.txt'), out.join('\n'));
  process.stdout.write(out.join('\n'));
}

await main();
