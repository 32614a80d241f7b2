#!/usr/bin/env node
// `npm start`: serves Release Desk with its demo content on http://localhost:$PORT (default 3000).
// Steps: a local NEXTAUTH_SECRET, database migration, demo seed, a production build when the sources are
// newer than the last one, then the production server (server/main.ts: Next behind a small front that
// caches public pages and streams published PDFs).
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root); // the app finds drizzle/ and data/ relative to the working directory

// Everything `next build` compiles; a change to any of these (or a file added or removed) needs a new build.
const BUILD_INPUTS = [
  'app', 'lib', 'components', 'messages', 'i18n', 'public', 'types',
  'package-lock.json', 'next.config.mjs', 'tsconfig.json', 'proxy.ts', 'middleware.ts', 'instrumentation.ts',
];
// NEXT_DIST_DIR lets the end-to-end tests keep a build (and its page cache) apart from the one `npm start` serves.
const distDir = process.env.NEXT_DIST_DIR || '.next';
const BUILD_ID = path.join(distDir, 'BUILD_ID');
// Public pages are prerendered and cached from the database: a build made against another database
// would serve that database's issues, so the build records which one it was made with.
const BUILT_FOR = path.join(distDir, 'release-desk-database');
const databasePath = path.resolve(process.env.DATABASE_PATH || path.join('data', 'release-desk.db'));

const port = process.env.PORT || '3000';
const url = `http://localhost:${port}`;
const dataDir = process.env.DATA_DIR || 'data';
const env = {
  ...process.env,
  PORT: port,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || localSecret(path.join(dataDir, '.secret')),
};

step('tsx', ['scripts/db-migrate.ts']);
step('tsx', ['scripts/seed-demo.ts']);
if (buildIsStale()) {
  step('next', ['build']);
  fs.writeFileSync(BUILT_FOR, databasePath);
} else console.log(`The build in ${distDir} is up to date with the sources and the database.`);

console.log(`Starting Release Desk on ${url}`);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  if (!signal) process.exit(code ?? 1);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});

/** A random secret kept in the data directory (mode 600), created on the first start and reused after. */
function localSecret(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    console.log(`Generated a local NEXTAUTH_SECRET in ${file}.`);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (!secret) fail(`${file} is empty: delete it and start again to generate a new secret.`);
  return secret;
}

function buildIsStale() {
  if (!fs.existsSync(BUILD_ID)) return true;
  if (!fs.existsSync(BUILT_FOR) || fs.readFileSync(BUILT_FOR, 'utf8') !== databasePath) return true;
  const built = fs.statSync(BUILD_ID).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(input) > built);
}

/** The newest modification time of a file, or of a directory and everything in it (0 if absent). */
function newestMtime(input) {
  if (!fs.existsSync(input)) return 0;
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = fs.readdirSync(input, { recursive: true }).map((entry) => path.join(input, entry));
  return entries.reduce((newest, entry) => Math.max(newest, fs.statSync(entry).mtimeMs), stat.mtimeMs);
}

function step(command, args) {
  const result = spawnSync(bin(command), args, { stdio: 'inherit', env });
  if (result.status !== 0) fail(`\`${command} ${args.join(' ')}\` failed (${result.signal ?? `exit ${result.status}`}).`);
}

function bin(command) {
  return path.join(root, 'node_modules', '.bin', command);
}

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}
