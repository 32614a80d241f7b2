import fs from 'node:fs';
import path from 'node:path';
import { ReleaseImportPage } from './pages/release-import-page';
import { DEMO_CHIEF, logIn } from './support/demo-accounts';
import { expect, test } from './support/no-console-errors';

const FIXTURE = path.join(process.cwd(), 'tests', 'fixtures', 'release-2024-01-en.md');

/** The January text as another issue (the e2e database has January 2024): October 2019, a number of this run. */
function octoberRelease(number: number): string {
  return fs
    .readFileSync(FIXTURE, 'utf8')
    .replace('01-31.01.2024', '01-31.10.2019')
    .replace(/^#1$/m, `#${number}`)
    .replaceAll('Almaty - 2024', 'Almaty - 2019');
}

test('the chief editor previews a release text, sees a bad file refused with its line, and imports the issue', async ({ page }) => {
  const number = 100 + (Date.now() % 800);
  await logIn(page, DEMO_CHIEF, '/desk/issues');
  const desk = new ReleaseImportPage(page);
  await desk.openFromIssues();

  // A bad file: its line and reason, nothing planned.
  const bad = octoberRelease(number).replace('\nBELARUS\n', '\nREPUBLIC OF ATLANTIS\n');
  await desk.choose('English edition', { name: 'bad.md', mimeType: 'text/markdown', buffer: Buffer.from(bad) });
  await desk.preview();
  await expect(desk.failure()).toContainText('bad.md cannot be imported: the text has errors.');
  await expect(desk.failure()).toContainText('Line 529: unknown country heading «REPUBLIC OF ATLANTIS»');
  await expect(desk.plan()).toHaveCount(0);

  // The good file: what will be created, with the untitled article, then the import.
  await desk.choose('English edition', { name: 'release-2019-10-en.md', mimeType: 'text/markdown', buffer: Buffer.from(octoberRelease(number)) });
  await desk.preview();
  const plan = desk.plan();
  await expect(plan).toContainText(`Issue #${number}/2019, October 2019`);
  await expect(plan).toContainText('The issue does not exist yet: the import creates it with approved articles.');
  await expect(plan.getByRole('row', { name: /English release-2019-10-en\.md creates the issue and 26 articles/ })).toBeVisible();
  await expect(plan.getByRole('row', { name: 'Kazakhstan 10' })).toBeVisible();
  await expect(plan.getByRole('region', { name: 'Untitled articles' })).toContainText('English, line 329 (Kyrgyzstan)');
  await expect(page.getByText('Chosen: release-2019-10-en.md')).toBeVisible();

  await desk.confirm();
  await page.waitForURL(/\/desk\/issues\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Issue #${number} of 2019`);
});
