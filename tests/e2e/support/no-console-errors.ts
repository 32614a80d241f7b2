import { expect, test as base, type Page } from '@playwright/test';

/**
 * A `test` whose pages fail the spec on any uncaught page error or console error (a React error in
 * the browser, a failed request for a missing favicon…), with the messages in the failure.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watch(page, errors);
      page.context().on('page', (other) => watch(other, errors));
      await use(errors);
      expect(errors, 'console or page errors in the browser').toEqual([]);
    },
    { auto: true },
  ],
});

function watch(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
}

export { expect };
