import type { Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../support/demo-accounts';
import type { UiMessages } from '../support/ui-messages';

/** The login page, in the UI language of the browser context. */
export class LoginPage {
  constructor(
    readonly page: Page,
    private readonly ui: UiMessages,
  ) {}

  /** Logs in with the demo password and waits to be taken to `next`. */
  async logIn(email: string, next: string): Promise<void> {
    await this.page.goto(`/login?next=${encodeURIComponent(next)}`);
    await this.page.getByLabel(this.ui.text('auth', 'email'), { exact: true }).fill(email);
    await this.page.getByLabel(this.ui.text('auth', 'password'), { exact: true }).fill(DEMO_PASSWORD);
    await this.page.getByRole('button', { name: this.ui.text('auth', 'submit'), exact: true }).click();
    await this.page.waitForURL((url) => url.pathname === next);
  }
}
