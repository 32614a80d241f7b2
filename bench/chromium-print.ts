import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { processName, sampleProcessTree, treeCpuMs, type TreePeak } from './proc-tree';
import { median, progress, timed } from './stats';
import { FOOTER_TEMPLATE, PRINT_MARGINS } from './edition-html';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface Asset {
  type: string;
  body: Uint8Array;
}

export interface ChromiumResult {
  /** Launch + first setContent + page.pdf, in a freshly launched browser. */
  coldMs: number;
  /** setContent + page.pdf in the already launched browser, one per run. */
  warmMs: number[];
  warmMedianMs: number;
  /** CPU time (user + system) of all browser processes during each warm print. */
  warmCpuMs: number[];
  warmCpuMedianMs: number;
  pages: number;
  bytes: number;
  pdf: Buffer;
  memory: TreePeak;
  version: string;
  /** The like-for-like reference: print, read the section pages from the PDF's outline, print again with them. */
  likeForLike: LikeForLikeResult | null;
}

export interface LikeForLikeResult {
  warmMs: number[];
  warmMedianMs: number;
  warmCpuMs: number[];
  warmCpuMedianMs: number;
  /** Section page numbers read from the first print and put in the contents of the second. */
  sectionPages: Record<string, number>;
  /** Whether the second print has its sections on the pages its contents names. */
  pagesConfirmed: boolean;
  pdf: Buffer;
}

/** How to print the contents with page numbers: the outline title of each section heading, and the HTML with numbers. */
export interface NumberedContents {
  headings: Record<string, string>;
  html: (pages: Record<string, number>) => string;
}

/**
 * Prints `html` to an A4 PDF with headless Chromium the way a user would: the page's photos and
 * fonts come from a local HTTP server (no-store, so every print fetches and decodes them again).
 * Memory: every 100 ms the RSS and PSS of all processes of the browser are summed; see TreePeak.
 */
export async function printWithChromium(html: string, assets: Map<string, Asset>, runs: number, numbered?: NumberedContents): Promise<ChromiumResult> {
  const server = await serve(assets);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const document = html.replace('<head>', `<head><base href="${base}">`);
  // The browser is the only child of this process while it prints (the render children have exited).
  const isBrowser = (pid: number) => processName(pid) !== 'node';
  const sampler = sampleProcessTree(process.pid, isBrowser);
  let browser: Browser | undefined;
  try {
    const cold = await timed(async () => {
      browser = await chromium.launch({
        executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
      });
      const page = await browser.newPage();
      return { page, pdf: await print(page, document) };
    });
    const { page } = cold.value;
    const warmMs: number[] = [];
    const warmCpuMs: number[] = [];
    let pdf = cold.value.pdf;
    for (let i = 0; i < runs; i++) {
      const cpuBefore = treeCpuMs(process.pid, isBrowser);
      const run = await timed(() => print(page, document));
      warmCpuMs.push(treeCpuMs(process.pid, isBrowser) - cpuBefore);
      warmMs.push(run.ms);
      pdf = run.value;
      progress(`  chromium warm ${i + 1}/${runs}: ${Math.round(run.ms)} ms (cpu ${Math.round(warmCpuMs.at(-1)!)} ms)`);
    }
    let likeForLike: LikeForLikeResult | null = null;
    if (numbered) {
      const withBase = (pages: Record<string, number>) => numbered.html(pages).replace('<head>', `<head><base href="${base}">`);
      const lfl = { ms: [] as number[], cpuMs: [] as number[] };
      let last: { pdf: Buffer; pages: Record<string, number> } | undefined;
      for (let i = 0; i < runs; i++) {
        const cpuBefore = treeCpuMs(process.pid, isBrowser);
        const ownBefore = process.cpuUsage();
        const run = await timed(async () => {
          const first = await print(page, document);
          const pages = sectionPagesOf(await headingPages(first), numbered.headings);
          return { pdf: await print(page, withBase(pages)), pages };
        });
        // The browser's CPU time, plus this process's (reading the pages with pdf.js is part of the pipeline).
        const own = process.cpuUsage(ownBefore);
        lfl.cpuMs.push(treeCpuMs(process.pid, isBrowser) - cpuBefore + (own.user + own.system) / 1000);
        lfl.ms.push(run.ms);
        last = run.value;
        progress(`  chromium like-for-like ${i + 1}/${runs}: ${Math.round(run.ms)} ms (cpu ${Math.round(lfl.cpuMs.at(-1)!)} ms)`);
      }
      if (last) {
        const confirmed = sectionPagesOf(await headingPages(last.pdf), numbered.headings);
        likeForLike = {
          warmMs: lfl.ms,
          warmMedianMs: median(lfl.ms),
          warmCpuMs: lfl.cpuMs,
          warmCpuMedianMs: median(lfl.cpuMs),
          sectionPages: last.pages,
          pagesConfirmed: JSON.stringify(confirmed) === JSON.stringify(last.pages),
          pdf: last.pdf,
        };
      }
    }
    const memory = sampler.stop();
    return {
      likeForLike,
      coldMs: cold.ms,
      warmMs,
      warmMedianMs: median(warmMs),
      warmCpuMs,
      warmCpuMedianMs: median(warmCpuMs),
      pages: await countPages(pdf),
      bytes: pdf.length,
      pdf,
      memory,
      version: browser!.version(),
    };
  } finally {
    sampler.stop();
    await browser?.close();
    server.close();
  }
}

/** Page (1-based) of every outline entry of a PDF, by its title (whitespace collapsed). */
export async function headingPages(pdf: Uint8Array): Promise<Map<string, number>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
  const found = new Map<string, number>();
  type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
  const walk = async (items: Item[] | null) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const ref = dest?.[0];
      if (ref && typeof ref === 'object') found.set(normalise(item.title), (await doc.getPageIndex(ref as { num: number; gen: number })) + 1);
      await walk(item.items);
    }
  };
  try {
    await walk((await doc.getOutline()) as Item[] | null);
  } finally {
    await doc.destroy();
  }
  return found;
}

function sectionPagesOf(pages: Map<string, number>, headings: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, title] of Object.entries(headings)) {
    const page = pages.get(normalise(title));
    if (page === undefined) throw new Error(`Section heading "${title}" is not in the outline of Chromium's PDF`);
    out[code] = page;
  }
  return out;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

async function print(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load', timeout: 300_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.pdf({
    format: 'A4',
    margin: PRINT_MARGINS,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: FOOTER_TEMPLATE,
    outline: true,
    tagged: true,
  });
}

function serve(assets: Map<string, Asset>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const asset = assets.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!asset) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': asset.type,
      'content-length': asset.body.byteLength,
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    res.end(asset.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function countPages(pdf: Uint8Array): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}
