import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { BROWSER_ENV, findChromium } from './scripts/find-browser.mjs';

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://localhost:${port}`;
const outputDir = 'test-results/e2e';
// Playwright empties outputDir before it starts the web server, so every run serves a fresh database.
const serverDataDir = path.resolve(outputDir, 'server-data');

// `npm test` passes the browser it provisioned in the environment; `npm run test:e2e` alone looks for one here.
const executablePath = findChromium();
if (executablePath) process.env[BROWSER_ENV] = executablePath; // the workers inherit it instead of searching again
const runsAsRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 1 : undefined,
  timeout: 120_000, // the first download of an edition renders it on a shared 2-core machine
  // test.mjs reads the json report to count the results.
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { baseURL, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            ...(runsAsRoot ? ['--no-sandbox'] : []),
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // start.mjs migrates and seeds the throwaway database, builds the app when needed, then serves it.
    command: 'node scripts/start.mjs',
    url: `${baseURL}/api/health`,
    env: {
      PORT: String(port),
      // Its own build: the page cache of a test database never reaches the build `npm start` serves.
      NEXT_DIST_DIR: '.next-e2e',
      DATA_DIR: serverDataDir,
      DATABASE_PATH: path.join(serverDataDir, 'release-desk.db'),
      NEXTAUTH_URL: baseURL,
      // The demo accounts (chief@example.org, editor@example.org) get this password: the desk specs log in with it.
      DEMO_PASSWORD: process.env.DEMO_PASSWORD || 'e2e-demo-password',
    },
    reuseExistingServer: !process.env.CI,
    timeout: 15 * 60_000, // the first production build takes minutes on a small, busy machine
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
