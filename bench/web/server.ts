import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { progress } from '../stats';

/** What `next build` compiles (as scripts/start.mjs): a newer file here means the build is stale. */
const BUILD_INPUTS = ['app', 'lib', 'components', 'messages', 'i18n', 'public', 'types', 'package-lock.json', 'next.config.mjs', 'tsconfig.json', 'proxy.ts'];
const BUILD_ID = path.join('.next', 'BUILD_ID');

function newestMtime(input: string): number {
  if (!fs.existsSync(input)) return 0;
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(input, { recursive: true })
    .map((entry) => path.join(input, String(entry)))
    .reduce((newest, entry) => Math.max(newest, fs.statSync(entry).mtimeMs), stat.mtimeMs);
}

/** Which database a build prerendered its public pages from (scripts/start.mjs reads and writes it too). */
const BUILT_FOR = path.join('.next', 'release-desk-database');

/** Stale when the sources are newer, or when the build's prerendered pages come from another database. */
export function buildIsStale(databasePath: string): boolean {
  if (!fs.existsSync(BUILD_ID)) return true;
  if (!fs.existsSync(BUILT_FOR) || fs.readFileSync(BUILT_FOR, 'utf8') !== path.resolve(databasePath)) return true;
  const built = fs.statSync(BUILD_ID).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(input) > built);
}

/** `next build` with the benchmark's database, so that what it prerenders is the benchmark's content. */
export function build(env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`next build failed (${result.signal ?? `exit ${result.status}`})`);
  fs.writeFileSync(BUILT_FOR, path.resolve(env.DATABASE_PATH!));
  return (performance.now() - started) / 1000;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a child process and waits until `readyPath` answers 200. */
export async function startServer(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(url + readyPath)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${command} did not answer ${readyPath} within 90 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** The production server as `npm start` runs it (server/main.ts: the front, then Next). */
export function startApp(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  progress(`server/main.ts on port ${port}`);
  return startServer(process.execPath, ['--import', 'tsx', path.join('server', 'main.ts')], { ...env, PORT: String(port) }, port, '/api/health', 'localhost');
}

/** A bare Node http server streaming one file (the reference for downloads), in its own process like Next. */
export function startBareFileServer(file: string, port: number): Promise<RunningServer> {
  const script = `
    const http = require('node:http'); const fs = require('node:fs');
    const file = ${JSON.stringify(file)}; const size = fs.statSync(file).size;
    http.createServer((req, res) => {
      if (req.url !== '/file.pdf') { res.statusCode = 200; return res.end('ok'); }
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': size });
      fs.createReadStream(file).pipe(res);
    }).listen(${port}, '127.0.0.1');`;
  return startServer(process.execPath, ['-e', script], process.env, port, '/ready');
}
