import { expect, type Locator, type Page } from '@playwright/test';

/** The chief editor's issue pages: the list with its "new issue" form, and one issue's assembly page. */
export class IssueDeskPage {
  constructor(readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto('/desk/issues');
  }

  /** Creates an issue for the period and returns its id (from the address of its page). */
  async createIssue(periodStart: string, periodEnd: string): Promise<number> {
    await this.page.getByLabel('First day of the period').fill(periodStart);
    await this.page.getByLabel('Last day of the period').fill(periodEnd);
    await this.page.getByRole('button', { name: 'Create the issue' }).click();
    await this.page.waitForURL(/\/desk\/issues\/\d+$/);
    return Number(/\/desk\/issues\/(\d+)$/.exec(this.page.url())![1]);
  }

  /** Unfolds "Delete this draft issue", ticks the confirmation and deletes; the list comes back. */
  async deleteDraft(number: number, year: number): Promise<void> {
    await this.page.getByText('Delete this draft issue').click();
    await this.page.getByLabel(`Yes, delete issue #${number} of ${year}`).check();
    await this.page.getByRole('button', { name: 'Delete the draft issue' }).click();
    await this.page.waitForURL(/\/desk\/issues$/);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async addArticle(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add «${title}» to the issue` }).click();
    await expect(this.section(/./).getByRole('link', { name: title, exact: true })).toBeVisible();
  }

  section(country: string | RegExp): Locator {
    return this.page.locator('#articles section').filter({ has: this.page.getByRole('heading', { level: 3, name: country }) });
  }

  /** The article titles of a country section, in order. */
  async order(country: string): Promise<string[]> {
    return this.section(country).locator('li a').allTextContents();
  }

  async moveUp(title: string): Promise<void> {
    const before = await this.answers();
    await this.page.getByRole('button', { name: `Move «${title}» up` }).click();
    await this.orderSaved(before);
  }

  /**
   * Drag and drop with the keyboard: Space picks the article up, an arrow moves it, Space drops it.
   * Each step is confirmed by what the screen reader announcement says.
   */
  async moveDownWithKeyboard(country: string, title: string): Promise<void> {
    const position = (await this.order(country)).indexOf(title) + 1;
    const before = await this.answers();
    const announced = (text: string) => expect(this.page.getByText(`«${title}» ${text}`)).toBeAttached();
    await this.page.getByRole('button', { name: `Move «${title}»`, exact: true }).focus();
    await this.page.keyboard.press('Space');
    await announced(`is now at position ${position} of`);
    await this.page.keyboard.press('ArrowDown');
    await announced(`is now at position ${position + 1} of`);
    await this.page.keyboard.press('Space');
    await announced(`dropped at position ${position + 1} of`);
    await this.orderSaved(before);
  }

  private status(): Locator {
    return this.page.locator('#articles p[role="status"][data-answers]');
  }

  private async answers(): Promise<number> {
    return Number(await this.status().getAttribute('data-answers'));
  }

  /** Waits for the server's answer to this change (the count of answers grows), which must be a success. */
  private async orderSaved(before: number): Promise<void> {
    await expect(this.status()).not.toHaveAttribute('data-answers', String(before));
    await expect(this.status()).toHaveText('Order saved.');
    // The page has taken the saved order back from the server: the lists may be used again.
    await expect(this.page.locator('#articles section[aria-busy="true"]')).toHaveCount(0);
  }

  checks(): Locator {
    return this.page.locator('#checks');
  }

  previewLink(edition: 'English' | 'Russian'): Locator {
    return this.page.getByRole('link', { name: `Preview the ${edition} edition` });
  }

  /**
   * Publishes: the confirmation names the issue, the revision and each edition's pages; then waits for the
   * page to show the published issue (the publish form gives way to the correction form).
   */
  async publish(revision: number): Promise<void> {
    await this.page.getByRole('button', { name: `Publish revision ${revision}…`, exact: true }).click();
    const confirmation = this.page.getByRole('dialog');
    await expect(confirmation.getByRole('listitem')).toHaveText([/^English edition: \d+ pages?$/, /^Russian edition: \d+ pages?$/], { timeout: 5 * 60_000 });
    await expect(confirmation.getByRole('heading')).toHaveText(/^Publish issue #\d+ of \d{4}\?$/);
    await expect(confirmation).toContainText(`Revision ${revision} will be published`);
    await confirmation.getByRole('button', { name: `Yes, publish revision ${revision}` }).click();
    // The editions were rendered for the confirmation: the page shows the published issue within seconds.
    await expect(this.page.getByText(`Published revision: ${revision}`)).toBeVisible({ timeout: 30_000 });
    await expect(this.page.locator(`#files tr[data-revision="${revision}"]`)).toHaveCount(2);
  }

  /** Starts a correction of the published issue, with its note in both languages, and waits until the desk says so. */
  async startCorrection(note = { en: 'A photo credit was corrected.', ru: 'Исправлен автор фото.' }): Promise<void> {
    await this.page.getByLabel('Correction note (English)').fill(note.en);
    await this.page.getByLabel('Correction note (Russian)').fill(note.ru);
    await this.page.getByRole('button', { name: 'Start a correction' }).click();
    await expect(this.page.getByRole('button', { name: /^Publish revision \d+…$/ })).toBeVisible();
  }

  /** The SHA-256 the "published files" table shows for an edition of a revision. */
  async checksum(revision: number, lang: 'en' | 'ru'): Promise<string> {
    const cell = this.page.locator(`#files tr[data-revision="${revision}"][data-lang="${lang}"] td[data-sha256]`);
    return ((await cell.textContent()) ?? '').trim();
  }
}

