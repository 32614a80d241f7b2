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
}

/**
 * Prints `html` to an A4 PDF with headless Chromium the way a user would: the page's photos and
 * fonts come from a local HTTP server (no-store, so every print fetches and decodes them again).
 * Memory: every 100 ms the RSS and PSS of all processes of the browser are summed; see TreePeak.
 */
export async function printWithChromium(html: string, assets: Map<string, Asset>, runs: number): Promise<ChromiumResult> {
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
    const memory = sampler.stop();
    return {
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
