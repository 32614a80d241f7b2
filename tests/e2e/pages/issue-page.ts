import type { Locator, Page } from '@playwright/test';
import type { Lang } from '@/lib/domain/lang';
import type { IssueRef } from '@/lib/domain/release-urls';

/** The public page of one issue: downloads with checksums, contents linked into the PDF, web reading. */
export class IssuePage {
  constructor(private readonly page: Page) {}

  async open(issue: IssueRef): Promise<void> {
    await this.page.goto(`/releases/${issue.year}/${issue.number}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The SHA-256 shown for an edition of the latest revision. */
  async checksum(lang: Lang): Promise<string> {
    const edition = this.page.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name: lang === 'en' ? 'English edition' : 'Russian edition' }) });
    return ((await edition.locator('code').first().textContent()) ?? '').trim();
  }

  contentsLink(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name: 'Contents' }).getByRole('link', { name });
  }

  readOnline(language: 'English' | 'Russian'): Locator {
    return this.page.getByRole('region', { name: 'Read on the web' }).getByRole('link', { name: language, exact: true });
  }
}
