import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfContent = { pageCount: number; text: string };

const ERRORS_ONLY = 0;

/** The number of pages and the text of every page (whitespace collapsed to single spaces). */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: ERRORS_ONLY }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return { pageCount: pdf.numPages, text: pages.join('\n').replace(/\s+/g, ' ') };
  } finally {
    await pdf.destroy();
  }
}
