#!/usr/bin/env node
// Finds a Chromium for the end-to-end tests, and installs one when asked and none is there.
// `node scripts/find-browser.mjs` prints the path it found; `--install` also installs one if needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BROWSER_ENV = 'PLAYWRIGHT_CHROMIUM_EXECUTABLE';
export const INSTALL_HINT =
  'Install Chromium, then run the tests again: sudo apt-get install chromium (Debian/Ubuntu), ' +
  'or npx playwright install chromium; or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at a Chromium or Chrome binary.';

const SYSTEM_CHROMIUMS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A working Chromium, in this order: $PLAYWRIGHT_CHROMIUM_EXECUTABLE (trusted as given), Playwright's own
 * download, a system Chromium or Chrome on the PATH. Undefined when there is none.
 */
export function findChromium() {
  if (process.env[BROWSER_ENV]) return process.env[BROWSER_ENV];
  const system = SYSTEM_CHROMIUMS.flatMap((command) => [onPath(command), `/usr/bin/${command}`]);
  return [playwrightChromium(), ...system].find((file) => file && starts(file));
}

/** findChromium(), else installs Debian's chromium (as root or with sudo), else Playwright's download. */
export function provisionChromium() {
  let found = findChromium();
  for (const install of [installWithApt, installWithPlaywright]) {
    if (!found && install()) found = findChromium();
  }
  return found;
}

function playwrightChromium() {
  try {
    return createRequire(import.meta.url)('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

function onPath(command) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const file = path.join(dir || '.', command);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

// A binary can be present and still not run (missing shared libraries, a snap stub without snapd).
function starts(file) {
  if (!isExecutable(file)) return false;
  return spawnSync(file, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function installWithApt() {
  if (!onPath('apt-get')) return false;
  const asRoot = process.getuid?.() === 0;
  const withSudo = !asRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (!asRoot && !withSudo) return false;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  console.log('No Chromium found: installing Debian\'s chromium package with apt-get.');
  return (
    run([...prefix, 'apt-get', 'update', '-q']) &&
    run([...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-q', 'chromium'])
  );
}

function installWithPlaywright() {
  console.log('No Chromium found: downloading Playwright\'s chromium.');
  return run([path.join(root, 'node_modules', '.bin', 'playwright'), 'install', 'chromium']);
}

function run([command, ...args]) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  return result.status === 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv.includes('--install') ? provisionChromium() : findChromium();
  if (file) console.log(file);
  else {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
}
