/**
 * Collects, during a layout pass, the page each section heading lands on and the page count.
 * react-pdf calls `render` callbacks several times, first before pagination is final: only calls
 * that carry `totalPages` (the final round) are recorded, and the last one wins.
 */
export class PageRecorder {
  readonly sectionPages: Record<string, number> = {};
  totalPages = 0;

  section(countryCode: string, page: { pageNumber: number; totalPages?: number }): void {
    if (!page.totalPages) return;
    this.sectionPages[countryCode] = page.pageNumber;
    this.totalPages = page.totalPages;
  }

  pages(page: { totalPages?: number }): void {
    if (page.totalPages) this.totalPages = page.totalPages;
  }
}

export const sectionAnchor = (countryCode: string) => `section-${countryCode}`;
