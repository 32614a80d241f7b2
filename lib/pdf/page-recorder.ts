/**
 * Collects, during a render, the page each section heading lands on and the page count, and gives
 * the contents its numbers within the same render.
 *
 * react-pdf's pagination runs two rounds over the same measured content: a first one, whose render
 * callbacks get no `totalPages`, and a final one with it (needed by any render callback). The
 * contents stands before every heading, so in the final round it prints the pages the headings
 * took in the first round. Its number box has a fixed width, so the number does not change the
 * layout and both rounds paginate alike; `confirmed()` checks it after the render. Within a
 * round the last call wins: a heading moved to the next page is rendered again there.
 */
export class PageRecorder {
  /** Final round: page of each section heading. */
  readonly sectionPages: Record<string, number> = {};
  /** First round of the same render. */
  readonly firstRoundPages: Record<string, number> = {};
  /** What the contents printed in the final round (from the first round). */
  readonly printedPages: Record<string, number> = {};
  totalPages = 0;

  section(countryCode: string, page: { pageNumber: number; totalPages?: number }): void {
    if (!page.totalPages) {
      this.firstRoundPages[countryCode] = page.pageNumber;
      return;
    }
    this.sectionPages[countryCode] = page.pageNumber;
    this.totalPages = page.totalPages;
  }

  pages(page: { totalPages?: number }): void {
    if (page.totalPages) this.totalPages = page.totalPages;
  }

  /** The number the contents shows for a section in this round (null: not known yet). */
  contentsPage(countryCode: string, page: { totalPages?: number }): number | null {
    if (!page.totalPages) return null;
    const found = this.firstRoundPages[countryCode];
    if (found === undefined) return null;
    this.printedPages[countryCode] = found;
    return found;
  }

  /** True when the contents printed, for every section, the page its heading ended up on. */
  confirmed(countryCodes: string[]): boolean {
    return countryCodes.every((code) => this.sectionPages[code] !== undefined && this.printedPages[code] === this.sectionPages[code]);
  }
}

export const sectionAnchor = (countryCode: string) => `section-${countryCode}`;
