import type { Locator, Page } from '@playwright/test';
import type { UiMessages } from '../support/ui-messages';

/** The desk's intake inbox: tabs by state, the item list with keyboard triage. */
export class InboxPage {
  constructor(
    readonly page: Page,
    private readonly ui: UiMessages,
  ) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/desk/inbox${query}`);
    await this.page.getByRole('heading', { level: 1, name: this.ui.text('intake', 'inbox.title') }).waitFor();
  }

  items(): Locator {
    return this.page.getByRole('list', { name: this.ui.text('intake', 'inbox.listLabel'), exact: true }).getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 2 }) });
  }

  item(title: string): Locator {
    return this.items().filter({ has: this.page.getByRole('heading', { level: 2, name: title }) });
  }

  selected(): Locator {
    return this.page.locator('[data-item-id][data-selected]');
  }

  /** The tab of a state, whose name ends with its count. */
  tab(status: 'new' | 'kept' | 'dismissed' | 'used'): Locator {
    return this.page.locator(`[data-tab="${status}"]`);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  keysHelp(): Locator {
    return this.page.locator('#inbox-keys');
  }
}
