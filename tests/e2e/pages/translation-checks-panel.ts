import type { Locator, Page } from '@playwright/test';
import type { UiMessages } from '../support/ui-messages';

/**
 * The translation checks beside an article's text (components/translation/findings-panel.tsx),
 * and the reason the review panel asks for when the chief editor approves despite their errors.
 */
export class TranslationChecksPanel {
  constructor(
    readonly page: Page,
    private readonly ui: UiMessages,
  ) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: this.ui.text('translationChecks', 'title'), exact: true });
  }

  /** The findings listed now (errors first). */
  findings(): Locator {
    return this.panel().getByRole('listitem');
  }

  errors(): Locator {
    return this.panel().locator('li[data-severity="error"]');
  }

  /** The finding that says `message` (a key of translationChecks.messages, with its values). */
  finding(message: string, values: Record<string, string | number>): Locator {
    return this.findings().filter({ hasText: this.ui.text('translationChecks', `messages.${message}`, values) });
  }

  /** The field of the review panel for the reason of an approval despite translation errors. */
  approvalReason(): Locator {
    return this.page
      .getByRole('region', { name: this.ui.text('review', 'title'), exact: true })
      .getByLabel(this.ui.text('translationChecks', 'approve.reasonLabel'), { exact: true });
  }
}
