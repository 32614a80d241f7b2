import { expect, type Locator, type Page } from '@playwright/test';

/** The preview of one edition: rendered on demand, shown with react-pdf (pages and thumbnails). */
export class EditionPreviewPage {
  constructor(readonly page: Page) {}

  renderingStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: /Rendering the edition/ });
  }

  /** Waits until the PDF is shown and returns its page count. */
  async waitForPages(): Promise<number> {
    const count = this.page.getByText(/^\d+ pages?$/);
    await expect(count).toBeVisible({ timeout: 4 * 60_000 });
    await expect(this.page.locator('.react-pdf__Page canvas').first()).toBeVisible({ timeout: 60_000 });
    return Number(/^(\d+)/.exec((await count.textContent()) ?? '')![1]);
  }

  thumbnail(page: number): Locator {
    return this.page.getByRole('button', { name: `Page ${page}`, exact: true });
  }

  pageIndicator(): Locator {
    return this.page.getByText(/^Page \d+ of \d+$/);
  }
}
