import { expect, type Locator, type Page } from '@playwright/test';
import type { UiMessages } from '../support/ui-messages';

type Transition = 'submit' | 'approve' | 'request_changes' | 'reopen';
type Status = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published';

/** The review side of an article page: the status with its transitions, and the comment thread. */
export class ReviewPanel {
  constructor(
    readonly page: Page,
    private readonly ui: UiMessages,
  ) {}

  panel(): Locator {
    return this.page.getByRole('region', { name: this.ui.text('review', 'title'), exact: true });
  }

  thread(): Locator {
    return this.page.getByRole('region', { name: this.ui.text('review', 'thread.title'), exact: true });
  }

  async expectStatus(status: Status): Promise<void> {
    await expect(this.panel()).toContainText(`${this.ui.text('review', 'statusLine')} ${this.ui.text('review', `status.${status}`)}`);
    await expect(this.panel()).toContainText(this.ui.text('review', `explain.${status}`));
  }

  button(transition: Transition): Locator {
    return this.panel().getByRole('button', { name: this.ui.text('review', `transitions.${transition}`), exact: true });
  }

  /** Sends a transition (with an optional comment) and waits for the new status to show. */
  async transition(transition: Transition, expected: Status, comment?: string): Promise<void> {
    if (comment != null) await this.panel().getByLabel(this.ui.text('review', 'commentLabel'), { exact: true }).fill(comment);
    await this.button(transition).click();
    await this.expectStatus(expected);
    await expect(this.panel().getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  }

  /** The thread entry of `kind` (e.g. "requested changes") that carries `body`. */
  comment(kind: 'comment' | 'changes_requested' | 'reopened' | 'approved', body?: string): Locator {
    let entry = this.thread().getByRole('listitem').filter({ hasText: this.ui.text('review', `thread.kind.${kind}`) });
    if (body) entry = entry.filter({ hasText: body });
    return entry;
  }
}
