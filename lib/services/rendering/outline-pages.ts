import type { EditionData } from '@/lib/domain/edition';

export interface OutlinePages {
  pageCount: number;
  sectionPages: Record<string, number>;
  articlePages: Record<string, number>;
}

interface OutlineNode {
  dest: string | unknown[] | null;
  items: OutlineNode[];
}

/**
 * Reads back from the PDF's outline the page on which each section and each article really starts.
 * The outline is nested like the edition (a bookmark per section, one per article under it), so
 * its entries pair with the data in order. Entries that do not pair are left out.
 */
export async function readOutlinePages(pdfBytes: Uint8Array, data: EditionData): Promise<OutlinePages> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(pdfBytes), verbosity: 0 }).promise;
  try {
    const outline = ((await pdf.getOutline()) ?? []) as unknown as OutlineNode[];
    const pageOf = async (node: OutlineNode): Promise<number | null> => {
      const dest = typeof node.dest === 'string' ? await pdf.getDestination(node.dest) : node.dest;
      const ref = Array.isArray(dest) ? dest[0] : null;
      if (!ref || typeof ref !== 'object') return null;
      return (await pdf.getPageIndex(ref as { num: number; gen: number })) + 1;
    };
    const result: OutlinePages = { pageCount: pdf.numPages, sectionPages: {}, articlePages: {} };
    if (outline.length !== data.sections.length) return result;
    for (const [i, section] of data.sections.entries()) {
      const node = outline[i]!;
      const page = await pageOf(node);
      if (page) result.sectionPages[section.countryCode] = page;
      if (node.items.length !== section.articles.length) continue;
      for (const [j, article] of section.articles.entries()) {
        const articlePage = await pageOf(node.items[j]!);
        if (articlePage) result.articlePages[String(article.id)] = articlePage;
      }
    }
    return result;
  } finally {
    await pdf.destroy();
  }
}
