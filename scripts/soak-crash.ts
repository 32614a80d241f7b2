// `npm run soak:crash [-- --kills N --duration SECONDS --dist DIR --port N]`: crash soak of the production
// server. Starts server/main.ts (the build in DIR, default NEXT_DIST_DIR or .next; built first if there
// is none) on a throwaway database and data directory, drives saves, photo uploads and publications over
// HTTP as a signed-in editor and chief editor, kills the server's whole process group with SIGKILL at a
// random moment (0.3 s to --max-gap seconds after the load starts, or every other time just after a
// publication is answered), runs the start-up sweep, starts it again, and after every start checks: integrity,
// no issue half-published, every release file present with its recorded SHA-256, no file no publication
// owns, and every answered save, upload and publication still there. Prints the figures; exits 1 on any
// violation (or if nothing could be done), 2 on bad arguments.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { encode } from 'next-auth/jwt';
import { openDatabase } from '@/lib/db/client';
import { sweepReleaseFiles } from '@/lib/services/sweep-release-files';
import { checkAfterRestart, emptyLedger } from './soak/checks';
import { SoakDriver } from './soak/driver';
import { prepareSoak, type SoakUser } from './soak/prepare';
import { freePort, startServer, type ServerProcess } from './soak/server-process';

const USAGE = 'Usage: npm run soak:crash -- [--kills 30] [--duration 300] [--max-gap 8] [--dist .next] [--port N] [--keep]';

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        kills: { type: 'string', default: '30' },
        duration: { type: 'string', default: '300' },
        dist: { type: 'string', default: process.env.NEXT_DIST_DIR || '.next' },
        port: { type: 'string' },
        'max-gap': { type: 'string', default: '8' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const kills = Number(values.kills);
    const duration = Number(values.duration);
    const port = values.port === undefined ? undefined : Number(values.port);
    if (!Number.isInteger(kills) || kills < 1) throw new Error('--kills must be a whole number ≥ 1.');
    if (!(duration > 0)) throw new Error('--duration must be a number of seconds > 0.');
    if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new Error('--port must be a TCP port.');
    const maxGap = Number(values['max-gap']);
    if (!(maxGap >= 0.5)) throw new Error('--max-gap must be a number of seconds ≥ 0.5.');
    return { kills, duration, dist: values.dist, port, keep: values.keep, maxGap };
  } catch (error) {
    console.error(`soak:crash: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = parse();
const say = (line: string) => console.log(`soak:crash: ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

async function main(): Promise<number> {
  const started = performance.now();
  const loadStart = os.loadavg();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'release-desk-soak-'));
  const port = args.port ?? (await freePort());
  const base = `http://localhost:${port}`;
  const secret = crypto.randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    NEXT_DIST_DIR: args.dist,
    DATABASE_PATH: path.join(work, 'soak.db'),
    DATA_DIR: path.join(work, 'data'),
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: base,
  };
  // The start-up sweep below runs in this process against the same data directory.
  Object.assign(process.env, { DATABASE_PATH: env.DATABASE_PATH, DATA_DIR: env.DATA_DIR });
  const logFile = path.join(work, 'server.log');
  say(`work folder ${work}, build ${args.dist}, port ${port}; up to ${args.kills} kills in ${args.duration} s`);

  const fixture = await prepareSoak(env.DATABASE_PATH!, { drafts: 12, issues: Math.max(6, args.kills * 2) });
  if (!fs.existsSync(path.join(args.dist, 'BUILD_ID'))) {
    say(`no production build in ${args.dist}: next build (minutes)`);
    const built = spawnSync(path.join('node_modules', '.bin', 'next'), ['build'], { env: { ...env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('next build failed');
  }
  // The duration bounds the kill cycles; preparing the database and the last start come on top.
  const deadline = Date.now() + args.duration * 1000;
  const driver = new SoakDriver(base, args.dist, { chief: await token(fixture.chief, secret), editor: await token(fixture.editor, secret) });

  const ledger = emptyLedger();
  const figures = {
    kills: 0,
    restarts: 0,
    checks: 0,
    violations: 0,
    saves: { ok: 0, refused: 0, lost: 0 },
    uploads: { ok: 0, refused: 0, lost: 0 },
    publications: { ok: 0, refused: 0, lost: 0 },
    orphanPhotoFiles: 0,
    startMs: [] as number[],
  };
  const refusals: string[] = [];
  const note = (what: string, body: unknown) => {
    if (refusals.length < 10) refusals.push(`${what}: ${JSON.stringify(body).slice(0, 300)}`);
  };
  const drafts = fixture.drafts;
  const queue = [...fixture.issues];
  let saveCount = 0;

  /** Runs the start-up sweep (as `npm start` does before the server), starts the server, checks the invariants. */
  const startAndCheck = async (): Promise<ServerProcess> => {
    const db = openDatabase(env.DATABASE_PATH);
    const swept = sweepReleaseFiles(db).removed.length;
    db.$client.close();
    const t0 = performance.now();
    const server = await startServer(env, base, logFile);
    figures.startMs.push(performance.now() - t0);
    const { violations, orphanPhotoFiles } = checkAfterRestart(env.DATABASE_PATH!, env.DATA_DIR!, ledger);
    figures.checks += 1;
    figures.orphanPhotoFiles = orphanPhotoFiles;
    figures.violations += violations.length;
    for (const v of violations) console.error(`soak:crash: VIOLATION after start ${figures.checks}: ${v}`);
    say(`start ${figures.checks}: up in ${((performance.now() - t0) / 1000).toFixed(1)} s, sweep removed ${swept} file(s), ${violations.length} violation(s)`);
    return server;
  };

  const saver = async (live: { on: boolean }, mine: typeof drafts) => {
    while (live.on) {
      const draft = mine[Math.floor(Math.random() * mine.length)]!;
      const title = `soak save ${++saveCount}`;
      const outcome = await driver.save(draft.id, draft.version, title);
      figures.saves[outcome.kind] += 1;
      if (outcome.kind === 'ok') {
        draft.version = outcome.value.version;
        ledger.saves.set(draft.id, { version: outcome.value.version, titleEn: title });
      } else if (outcome.kind === 'refused') {
        const current = (outcome.body as { current?: { version?: number } }).current;
        if (current?.version) draft.version = current.version; // a save lost in a crash had committed
        else note('save', outcome.body);
      }
      await sleep(outcome.kind === 'lost' ? 100 : between(20, 150));
    }
  };
  const uploader = async (live: { on: boolean }) => {
    await sleep(between(0, 1000));
    while (live.on) {
      const draft = drafts[Math.floor(Math.random() * drafts.length)]!;
      const outcome = await driver.upload(draft.id, fixture.photo);
      figures.uploads[outcome.kind] += 1;
      if (outcome.kind === 'ok') ledger.uploads.set(outcome.value.photoId, draft.id);
      else if (outcome.kind === 'refused') note('upload', outcome.body);
      await sleep(outcome.kind === 'lost' ? 100 : between(300, 1500));
    }
  };
  let published = () => {};
  const publisher = async (live: { on: boolean }) => {
    while (live.on && queue.length > 0) {
      const issue = queue[0]!;
      await driver.openIssue(issue.id);
      const outcome = await driver.publish(issue.id);
      if (outcome.kind === 'ok') published();
      figures.publications[outcome.kind] += 1;
      if (outcome.kind === 'ok') {
        ledger.publications.set(issue.id, outcome.value.revision);
        queue.shift();
      } else if (outcome.kind === 'refused') {
        queue.shift(); // published by a request whose answer was lost, or refused: the checks judge the state
        note('publication', outcome.body);
      } else await sleep(100);
    }
  };

  let server = await startAndCheck();
  try {
    while (figures.kills < args.kills && Date.now() < deadline) {
      const live = { on: true };
      const half = Math.ceil(drafts.length / 2);
      const load = Promise.all([saver(live, drafts.slice(0, half)), saver(live, drafts.slice(half)), uploader(live), publisher(live)]);
      // Every other cycle: anywhere from the first requests to well into a publication (rendering two
      // editions takes seconds). The others: just after a publication is answered (so that answered
      // publications are put to the test too), or at --max-gap × 4 if none is.
      const gap = between(300, args.maxGap * 1000);
      if (figures.kills % 2 === 0) await sleep(Math.min(gap, Math.max(300, deadline - Date.now())));
      else {
        const answered = new Promise<void>((resolve) => (published = resolve));
        await Promise.race([answered.then(() => sleep(gap / 8)), sleep(Math.max(300, Math.min(args.maxGap * 4000, deadline - Date.now())))]);
        published = () => {};
      }
      await server.kill();
      figures.kills += 1;
      live.on = false;
      await load;
      server = await startAndCheck();
      figures.restarts += 1;
    }
  } finally {
    await server.stop();
  }

  const ops = (o: { ok: number; refused: number; lost: number }) => `${o.ok} ok, ${o.refused} refused, ${o.lost} lost in a crash`;
  const startMs = [...figures.startMs].sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    [
      '',
      'Crash soak (SIGKILL of the server process group, start-up sweep, restart, checks)',
      `  kills: ${figures.kills}   restarts: ${figures.restarts}   checks: ${figures.checks}   duration: ${seconds.toFixed(0)} s`,
      `  saves: ${ops(figures.saves)}`,
      `  uploads: ${ops(figures.uploads)}`,
      `  publications: ${ops(figures.publications)}`,
      `  operations answered ok: ${figures.saves.ok + figures.uploads.ok + figures.publications.ok}`,
      `  server start: median ${(startMs[startMs.length >> 1]! / 1000).toFixed(1)} s, max ${(startMs.at(-1)! / 1000).toFixed(1)} s`,
      `  photo files without a photo row (uploads cut short): ${figures.orphanPhotoFiles}`,
      `  load average: ${loadStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end (${os.cpus().length} cores)`,
      ...(refusals.length ? ['  refusals (first ones):', ...refusals.map((r) => `    ${r}`)] : []),
      `  violations: ${figures.violations}`,
      '',
    ].join('\n'),
  );
  if (args.keep) say(`kept ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  if (figures.violations > 0) return 1;
  if (figures.saves.ok === 0 || figures.kills === 0) {
    console.error('soak:crash: no save was answered ok or no kill happened: the soak proved nothing');
    return 1;
  }
  return 0;
}

async function token(user: SoakUser, secret: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return encode({
    secret,
    token: { sub: String(user.id), email: user.email, name: user.name, role: user.role, uid: user.id, sv: user.sessionVersion, loginAt: now, lastSeen: now },
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak:crash: failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
