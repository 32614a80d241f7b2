#!/usr/bin/env node
// `npm test`: every test (vitest: unit and integration; Playwright: end to end, in a Chromium it finds or
// installs). Its last line is always `N passed, N failed` over both runners; it exits non-zero if any failed.
// A runner that crashes or reports nothing counts as one failure, never as zero.
// Vitest runs the files and the tests in a shuffled order: the seed is printed, and VITEST_SEED=N replays it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ENV, INSTALL_HINT, provisionChromium } from './find-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const VITEST_REPORT = 'test-results/vitest.json';
const PLAYWRIGHT_REPORT = 'test-results/playwright.json'; // the json reporter's outputFile in playwright.config.ts

const totals = [runVitest(), runPlaywright()];
const passed = totals.reduce((sum, t) => sum + t.passed, 0);
const failed = totals.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function runVitest() {
  heading('Unit and integration tests (vitest)');
  const seed = shuffleSeed();
  console.log(`Shuffled with seed ${seed} (replay: VITEST_SEED=${seed} npm test, or npx vitest run --sequence.shuffle --sequence.seed=${seed})`);
  const args = ['run', '--sequence.shuffle', `--sequence.seed=${seed}`, '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`];
  const exitCode = run('vitest', args, VITEST_REPORT);
  const report = readJson(VITEST_REPORT);
  if (!report) return crashed('vitest', exitCode);
  // A file that fails to load fails with no failed test in it: count it as one failure.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return settle('vitest', exitCode, { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles });
}

/** VITEST_SEED when given (a positive integer), otherwise a new random one. */
function shuffleSeed() {
  const given = process.env.VITEST_SEED?.trim();
  if (given) {
    if (!/^\d{1,9}$/.test(given)) {
      console.error(`VITEST_SEED must be a whole number, not "${given}".`);
      process.exit(2);
    }
    return Number(given);
  }
  return 1 + Math.floor(Math.random() * 999_999);
}

function runPlaywright() {
  heading('End-to-end tests (Playwright)');
  const browser = provisionChromium();
  if (!browser) {
    console.error(`No Chromium for the end-to-end tests. ${INSTALL_HINT}`);
    return { passed: 0, failed: 1 };
  }
  console.log(`Browser: ${browser}`);
  const exitCode = run('playwright', ['test'], PLAYWRIGHT_REPORT, { [BROWSER_ENV]: browser });
  const report = readJson(PLAYWRIGHT_REPORT);
  if (!report) return crashed('playwright', exitCode);
  // Global errors (the web server did not start, a spec did not load) fail the run without failing a test.
  const { expected, unexpected, flaky } = report.stats;
  return settle('playwright', exitCode, { passed: expected + flaky, failed: unexpected + report.errors.length });
}

/** Runs a runner from node_modules/.bin after removing its old report, so a stale one is never read. */
function run(command, args, report, extraEnv = {}) {
  fs.rmSync(report, { force: true });
  const result = spawnSync(path.join('node_modules', '.bin', command), args, {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  if (result.error) console.error(`${command} could not be started: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function crashed(runner, exitCode) {
  console.error(`${runner} wrote no report (exit ${exitCode}): counted as one failure.`);
  return { passed: 0, failed: 1 };
}

/** A runner that exited non-zero failed, even when its report shows no failed test. */
function settle(runner, exitCode, counts) {
  if (exitCode !== 0 && counts.failed === 0) {
    console.error(`${runner} exited with ${exitCode} without a failed test: counted as one failure.`);
    return { passed: counts.passed, failed: 1 };
  }
  return counts;
}

function heading(title) {
  console.log(`\n=== ${title} ===\n`);
}
