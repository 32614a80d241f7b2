import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { ArticleProofData } from '@/lib/domain/article-proof';
import type { EditionData } from '@/lib/domain/edition';
import type { RenderedPdf, RenderedProof, RenderTask } from './rendered-pdf';

export const RENDER_WORKER = path.join('lib', 'services', 'rendering', 'render-worker.ts');

/**
 * Renders are CPU-heavy: at most two at once (a publication renders both editions side by side),
 * one on a one-core machine, in worker processes that run at a lower priority than the web server.
 * A worker stays warm between renders (starting one costs seconds: loading the renderer, fonts and
 * hyphenation patterns), leaves after a quiet spell or a number of renders, and is replaced if it dies.
 */
const MAX_WORKERS = Math.max(1, Math.min(2, os.availableParallelism()));
const WORKER_NICENESS = 10;
const TIMEOUT_MS = 5 * 60_000;
const IDLE_MS = 10 * 60_000;
const RENDERS_PER_WORKER = 50;

interface Job {
  id: number;
  task: RenderTask;
  /** Times the job went back to the queue because its worker was gone before it got the job. */
  handovers: number;
  resolve: (result: RenderedPdf | RenderedProof) => void;
  reject: (error: Error) => void;
}

interface Worker {
  child: ChildProcess;
  job: Job | null;
  renders: number;
  stderr: string;
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
}

type Reply = { id: number; ok: true; result: RenderedPdf | RenderedProof } | { id: number; ok: false; error: string };

/**
 * One pool per process. A Next production build bundles this module into several chunks (the issue
 * page warms a worker, the server actions publish, the preview route renders), and each copy of the
 * module had its own pool: that is how three workers were seen where at most two are allowed. The
 * pool therefore lives on globalThis, shared by every copy.
 */
interface Pool {
  workers: Worker[];
  queue: Job[];
  nextId: number;
}
const POOL_KEY = Symbol.for('release-desk.render-workers');
const pool: Pool = ((globalThis as Record<symbol, Pool | undefined>)[POOL_KEY] ??= { workers: [], queue: [], nextId: 1 });
const { workers, queue } = pool;

/**
 * Renders an edition in a render worker process; the caller awaits it without its own thread doing
 * the layout work. Renders beyond the number of workers wait their turn.
 */
export function renderOffThread(data: EditionData): Promise<RenderedPdf> {
  return enqueue({ kind: 'edition', data }) as Promise<RenderedPdf>;
}

/** Renders one article's print proof in a render worker: the same pool, so the same process limit. */
export function renderProofOffThread(data: ArticleProofData): Promise<RenderedProof> {
  return enqueue({ kind: 'proof', data }) as Promise<RenderedProof>;
}

function enqueue(task: RenderTask): Promise<RenderedPdf | RenderedProof> {
  return new Promise((resolve, reject) => {
    queue.push({ id: pool.nextId++, task, resolve, reject, handovers: 0 });
    dispatch();
  });
}

/**
 * Starts a worker ahead of the first render (when a chief editor opens an issue), so that the
 * seconds of loading the renderer pass while they read the page, not while they wait for a preview.
 */
export function warmRenderWorker(): void {
  if (workers.length > 0) return;
  const worker = startWorker();
  idle(worker);
}

/** The process ids of the live workers (for tests and diagnostics). */
export function renderWorkerPids(): number[] {
  return workers.map((w) => w.child.pid).filter((pid): pid is number => pid !== undefined);
}

/** Ends every worker; queued and running renders fail. */
export function stopRenderWorkers(): void {
  for (const job of queue.splice(0)) job.reject(new Error('The render workers were stopped'));
  for (const worker of [...workers]) worker.child.kill('SIGKILL');
}

function dispatch(): void {
  while (queue.length > 0) {
    const worker = workers.find((w) => w.job === null) ?? (workers.length < MAX_WORKERS ? startWorker() : null);
    if (!worker) return;
    run(worker, queue.shift()!);
  }
}

function startWorker(): Worker {
  // spawn with an IPC channel, as fork would (Turbopack would try to bundle a fork()ed path).
  const child = spawn(process.execPath, ['--import', 'tsx', RENDER_WORKER], {
    cwd: process.cwd(),
    env: process.env,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const worker: Worker = { child, job: null, renders: 0, stderr: '', timer: null, timedOut: false };
  workers.push(worker);
  if (child.pid) {
    try {
      os.setPriority(child.pid, WORKER_NICENESS);
    } catch {
      // Not allowed here (some containers): the worker runs at normal priority.
    }
  }
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (worker.stderr = (worker.stderr + chunk).slice(-4000)));
  child.on('message', (reply: Reply) => finish(worker, reply));
  child.on('error', (error) => fail(worker, error));
  child.on('exit', (code, signal) =>
    fail(
      worker,
      new Error(
        worker.timedOut
          ? `The render took longer than ${TIMEOUT_MS / 60_000} minutes and was stopped`
          : `The render worker failed (${signal ?? `exit ${code}`}): ${firstLines(worker.stderr)}`,
      ),
    ),
  );
  return worker;
}

function run(worker: Worker, job: Job): void {
  worker.job = job;
  if (worker.timer) clearTimeout(worker.timer);
  worker.timer = setTimeout(() => {
    worker.timedOut = true;
    worker.child.kill('SIGKILL');
  }, TIMEOUT_MS);
  setKeepsProcessAlive(worker, true);
  // A worker that died while idle (its exit not yet seen) cannot take the job: it goes to another,
  // once (a worker that dies at every start must not make the job go round for ever).
  const handOver = (error: Error | null) => {
    if (!error || worker.job !== job) return;
    worker.job = null;
    job.handovers += 1;
    if (job.handovers <= 1) queue.unshift(job);
    else job.reject(error);
    fail(worker, error);
  };
  try {
    worker.child.send({ id: job.id, task: job.task }, handOver);
  } catch (error) {
    handOver(error as Error);
  }
}

function finish(worker: Worker, reply: Reply): void {
  const job = worker.job;
  if (!job || reply.id !== job.id) return;
  worker.job = null;
  worker.renders += 1;
  if (reply.ok) {
    // The IPC channel delivers a Uint8Array: a Buffer view of the same bytes, not a copy.
    const { pdf } = reply.result;
    job.resolve({ ...reply.result, pdf: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength) });
  } else job.reject(new Error(`The render failed: ${firstLines(reply.error)}`));
  if (worker.renders >= RENDERS_PER_WORKER) retire(worker);
  else idle(worker);
  dispatch();
}

/** An idle worker does not keep the server (or a test run) alive, and leaves after a while. */
function idle(worker: Worker): void {
  if (worker.timer) clearTimeout(worker.timer);
  worker.timer = setTimeout(() => retire(worker), IDLE_MS).unref();
  setKeepsProcessAlive(worker, false);
}

/** Out of the pool first (no job can be handed to it any more), then stopped. */
function retire(worker: Worker): void {
  const at = workers.indexOf(worker);
  if (at !== -1) workers.splice(at, 1);
  if (worker.timer) clearTimeout(worker.timer);
  worker.child.kill();
}

function setKeepsProcessAlive(worker: Worker, busy: boolean): void {
  const handles = [worker.child, worker.child.channel, worker.child.stderr as unknown as { ref?: () => void; unref?: () => void } | null];
  for (const handle of handles) (busy ? handle?.ref : handle?.unref)?.call(handle);
}

function fail(worker: Worker, error: Error): void {
  const at = workers.indexOf(worker);
  if (at === -1) return;
  workers.splice(at, 1);
  if (worker.timer) clearTimeout(worker.timer);
  if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
  worker.job?.reject(error);
  worker.job = null;
  dispatch();
}

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 5).join('\n');
}
