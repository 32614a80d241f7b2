import type { EditionData } from '@/lib/domain/edition';
import { normaliseSpaces, type ReadPdf } from './read-pdf';

/**
 * Checks shared by the PDF tests (synthetic editions here, the imported January 2024 fixture in
 * the service tests). Each returns what it found so a test can assert with a readable diff.
 */

/**
 * A page's text with line breaks undone, spaces normalised. A line ending in "-" before a lowercase
 * letter was hyphenated ("pre-" + "ventive"): the hyphen goes. Before anything else it was a real
 * hyphen ("COUNTER-" + "NARCOTICS"): no space is added. Long URLs break anywhere and come back with a
 * space: read them from pdf.links instead.
 */
export function flatPageText(pdf: ReadPdf, page: number): string {
  const lines = pdf.lines[page - 1] ?? [];
  let text = '';
  for (const { text: line } of lines) {
    if (text.endsWith('-') && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else if (text.endsWith('-')) text += line;
    else text += (text ? ' ' : '') + line;
  }
  return normaliseSpaces(text);
}

/** The whole document as one line (see flatPageText), pages joined by a space. */
export function flatText(pdf: ReadPdf): string {
  return Array.from({ length: pdf.pageCount }, (_, i) => flatPageText(pdf, i + 1)).join(' ');
}

/** The contents lines on page 2: section heading → printed page number. */
export function contentsNumbers(pdf: ReadPdf, data: EditionData, contentsPage = 2): Record<string, number | null> {
  const lines = (pdf.lines[contentsPage - 1] ?? []).map((l) => normaliseSpaces(l.text));
  const result: Record<string, number | null> = {};
  for (const section of data.sections) {
    const heading = normaliseSpaces(section.heading.toLocaleUpperCase(data.lang));
    const line = lines.find((l) => l.startsWith(`${heading} `) && /\d+$/.test(l));
    result[section.countryCode] = line ? Number(/(\d+)$/.exec(line)![1]) : null;
  }
  return result;
}

/** Where each section heading actually stands: the first page after the contents with that line. */
export function headingPages(pdf: ReadPdf, data: EditionData, contentsPage = 2): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const section of data.sections) {
    const heading = section.heading.toLocaleUpperCase(data.lang);
    const pages = pdf.pagesWithLine(heading).filter((p) => p >= contentsPage);
    result[section.countryCode] = pages[0] ?? null;
  }
  return result;
}

/** The last line of each page, where the footer page number stands (null when the page is empty). */
export function footerLines(pdf: ReadPdf): (string | null)[] {
  return pdf.lines.map((lines) => (lines.length ? normaliseSpaces(lines[lines.length - 1]!.text) : null));
}
