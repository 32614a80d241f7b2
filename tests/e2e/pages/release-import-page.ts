import { expect, type Locator, type Page } from '@playwright/test';

/** Desk → Issues → Import a release: the two file inputs, the preview and its confirmation. */
export class ReleaseImportPage {
  constructor(readonly page: Page) {}

  async openFromIssues(): Promise<void> {
    await this.page.goto('/desk/issues');
    await this.page.getByRole('link', { name: 'Import a release from a text or Word file…' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Import a release');
  }

  async choose(edition: 'English edition' | 'Russian edition', file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel(edition).setInputFiles(file);
  }

  async preview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Preview' }).click();
  }

  plan(): Locator {
    return this.page.getByRole('region', { name: 'What the import will do' });
  }

  /** Why the files were refused (inside the form's status region; Next's route announcer is an alert too). */
  failure(): Locator {
    return this.page.getByRole('status').getByRole('alert');
  }

  async confirm(): Promise<void> {
    await this.plan().getByRole('button', { name: 'Import' }).click();
  }
}
