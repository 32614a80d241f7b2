import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  child: ChildProcess;
  /** SIGKILL to the server and everything it started (render workers): its whole process group. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** server/main.ts in its own process group, as the production server runs; resolves once /api/health answers. */
export async function startServer(env: NodeJS.ProcessEnv, base: string, logFile: string, timeoutMs = 120_000): Promise<ServerProcess> {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'main.ts')], { env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const server: ServerProcess = {
    child,
    kill: async () => {
      signalGroup('SIGKILL');
      await exited;
    },
    stop: async () => {
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server/main.ts exited (${child.exitCode ?? child.signalCode}) before it answered; see ${logFile}`);
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`server/main.ts did not answer /api/health within ${timeoutMs / 1000} s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
