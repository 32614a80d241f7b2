import { describe, expect, it } from 'vitest';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderEditionPdf } from '@/lib/pdf/render-edition-pdf';
import { contentsNumbers, footerLines, headingPages } from '@/tests/helpers/edition-pdf-checks';
import { readPdf } from '@/tests/helpers/read-pdf';
import { syntheticEdition } from '@/tests/helpers/synthetic-edition';

describe('a long issue (120 articles)', () => {
  it('renders with the new pagination engine and still prints the right contents numbers', async () => {
    const data = syntheticEdition({ lang: 'en', articlesPerSection: 24, paragraphsPerArticle: 2 });
    expect(data.sections.flatMap((s) => s.articles)).toHaveLength(120);
    const rendered = await renderEditionPdf(data, RELEASE_LABELS.en);
    const pdf = await readPdf(rendered.pdf);
    expect(pdf.pageCount).toBe(rendered.pageCount);
    expect(pdf.pageCount).toBeGreaterThan(30);
    const actual = headingPages(pdf, data);
    expect(contentsNumbers(pdf, data)).toEqual(actual);
    expect(rendered.sectionPages).toEqual(actual);
    // Sections follow each other, far into the document.
    const pages = data.sections.map((s) => actual[s.countryCode]!);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    expect(pages[pages.length - 1]).toBeGreaterThan(25);
    const footers = footerLines(pdf);
    for (let page = 2; page < pdf.pageCount; page += 1) expect(footers[page - 1]).toBe(String(page));
    expect(pdf.outline.flatMap((o) => o.items)).toHaveLength(120);
  }, 300_000);
});
