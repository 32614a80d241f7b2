import type { Locator, Page } from '@playwright/test';
import type { Lang } from '@/lib/domain/lang';
import type { IssueRef } from '@/lib/domain/release-urls';

export type PdfDownload = { status: number; contentType: string; body: Buffer };

/** The public home page: the list of published issues with a PDF link per edition. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
  }

  /** The first link to the edition's PDF (an issue may show it more than once, e.g. on its cover too). */
  editionLink(issue: IssueRef, lang: Lang): Locator {
    return this.page.locator(`a[href="${releasePdfPath(issue, lang)}"]`).first();
  }

  /** Fetches what an edition's link points to, with the page's cookies, as a reader's download would. */
  async downloadEdition(issue: IssueRef, lang: Lang): Promise<PdfDownload> {
    const href = await this.editionLink(issue, lang).getAttribute('href');
    if (!href) throw new Error(`No link to the ${lang} edition of #${issue.number}/${issue.year}`);
    const response = await this.page.request.get(href);
    const contentType = response.headers()['content-type'] ?? '';
    return { status: response.status(), contentType, body: await response.body() };
  }
}

/** Written out, not taken from the app's own URL helper: these links are a public contract the tests pin down. */
export function releasePdfPath(issue: IssueRef, lang: Lang): string {
  return `/releases/${issue.year}/${issue.number}/${lang}.pdf`;
}
