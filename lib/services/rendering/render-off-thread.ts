import { spawn } from 'node:child_process';
import path from 'node:path';
import v8 from 'node:v8';
import type { EditionData } from '@/lib/domain/edition';
import type { RenderedPdf } from './rendered-pdf';

export const RENDER_WORKER = path.join('lib', 'services', 'rendering', 'render-worker.ts');

/** One render at a time per server: renders are CPU-heavy and the machine is small. */
const MAX_PARALLEL = 1;
const TIMEOUT_MS = 5 * 60_000;
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * Renders an edition in a child process (the render worker); the caller awaits it without its
 * own thread doing the layout work.
 */
export function renderOffThread(data: EditionData): Promise<RenderedPdf> {
  return slot(() => runWorker(data));
}

function runWorker(data: EditionData): Promise<RenderedPdf> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RENDER_WORKER], {
      cwd: process.cwd(),
      env: process.env,
      stdio: ['pipe', 'inherit', 'pipe', 'pipe'],
    });
    const [stdin, , stderr, result] = child.stdio as unknown as [NodeJS.WritableStream, null, NodeJS.ReadableStream, NodeJS.ReadableStream];
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    result.on('data', (chunk: Buffer) => out.push(chunk));
    stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        const detail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(0, 5).join('\n');
        reject(new Error(`The render worker failed (${signal ?? `exit ${code}`}): ${detail}`));
        return;
      }
      try {
        const result = v8.deserialize(Buffer.concat(out)) as RenderedPdf;
        resolve({ ...result, pdf: Buffer.from(result.pdf) });
      } catch (error) {
        reject(error);
      }
    });
    stdin.on('error', () => {}); // a worker that died early: 'close' reports it
    stdin.end(v8.serialize(data));
  });
}
