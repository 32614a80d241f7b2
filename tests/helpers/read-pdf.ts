import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** A link annotation: `url` for a web link, `dest` (a named destination) for an internal one. */
export interface PdfLink {
  page: number;
  url: string | null;
  dest: string | null;
  /** The text drawn inside the link's rectangle. */
  text: string;
  rect: [number, number, number, number];
}

export interface PdfOutlineItem {
  title: string;
  /** 1-based page the bookmark points to, null when unresolved. */
  page: number | null;
  items: PdfOutlineItem[];
}

export interface PdfFont {
  name: string;
  embedded: boolean;
}

export interface PdfTextLine {
  text: string;
  /** Distance from the top of the page, in points. */
  top: number;
}

export interface ReadPdf {
  pageCount: number;
  /** Per page (index 0 = page 1): the text, lines joined with "\n". */
  pages: string[];
  /** Per page: the text lines with their position, top to bottom. */
  lines: PdfTextLine[][];
  links: PdfLink[];
  outline: PdfOutlineItem[];
  metadata: { title: string; author: string; subject: string; creator: string; language: string };
  fonts: PdfFont[];
  /** Per page: how many images are drawn. */
  images: number[];
  /** Characters drawn with a glyph the font does not have (a missing-glyph box), per page. */
  missingGlyphs: { page: number; char: string }[];
  /** 1-based page numbers on which a line equals `text` (spaces normalised). */
  pagesWithLine(text: string): number[];
  /** The text of the whole document, pages separated by form feeds. */
  fullText(): string;
}

const STANDARD_FONTS = `${pathToFileURL(path.join(process.cwd(), 'node_modules/pdfjs-dist/standard_fonts')).href}/`;

/** Spaces as a reader sees them: no-break and repeated spaces become one space. */
export const normaliseSpaces = (text: string) => text.replace(/[\u00A0\s]+/g, ' ').trim();

/**
 * Reads a PDF back the way a reader (or a checker) sees it: text per page and per line, link
 * annotations with their targets, the outline, the metadata, the fonts and any missing glyphs.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const doc = await getDocument({
    data,
    standardFontDataUrl: STANDARD_FONTS,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const pages: string[] = [];
    const lines: PdfTextLine[][] = [];
    const links: PdfLink[] = [];
    const fonts = new Map<string, PdfFont>();
    const missingGlyphs: { page: number; char: string }[] = [];
    const images: number[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const pageLines = await readLines(page);
      lines.push(pageLines);
      pages.push(pageLines.map((line) => line.text).join('\n'));
      links.push(...(await readLinks(page, n)));
      images.push(await readOperators(page, n, fonts, missingGlyphs));
      page.cleanup();
    }
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : '');
    const outline = await readOutline(doc, (await doc.getOutline()) ?? []);
    return {
      pageCount: doc.numPages,
      pages,
      lines,
      links,
      outline,
      metadata: {
        title: text('Title'),
        author: text('Author'),
        subject: text('Subject'),
        creator: text('Creator'),
        language: text('Language'),
      },
      fonts: [...fonts.values()],
      images,
      missingGlyphs,
      pagesWithLine(wanted: string) {
        const target = normaliseSpaces(wanted);
        return lines.flatMap((pageLines, i) => (pageLines.some((l) => normaliseSpaces(l.text) === target) ? [i + 1] : []));
      },
      fullText() {
        return pages.join('\f');
      },
    };
  } finally {
    await doc.destroy();
  }
}

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

async function readLines(page: PdfPage): Promise<PdfTextLine[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PositionedText[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    items.push({
      str: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      width: item.width,
      height: item.height,
      hasEOL: item.hasEOL,
    });
  }
  // Group runs by baseline (within 2pt), top to bottom, then left to right.
  const rows: PositionedText[][] = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) < 2);
    if (row) row.push(item);
    else rows.push([item]);
  }
  rows.sort((a, b) => b[0]!.y - a[0]!.y);
  return rows
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end: number | null = null;
      for (const item of row) {
        if (item.str === '') continue;
        // A visible gap between runs is a space the PDF did not draw as a glyph.
        if (end !== null && item.x - end > 1.5 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      return { text: text.replace(/\s+$/, ''), top: viewport.height - row[0]!.y };
    })
    .filter((line) => line.text.trim() !== '');
}

async function readLinks(page: PdfPage, pageNumber: number): Promise<PdfLink[]> {
  const annotations = await page.getAnnotations();
  const content = await page.getTextContent();
  const result: PdfLink[] = [];
  for (const a of annotations) {
    if (a.subtype !== 'Link') continue;
    const rect = a.rect as [number, number, number, number];
    const inside = content.items.filter((item) => {
      if (!('str' in item) || !item.str) return false;
      const x = (item.transform[4] as number) + item.width / 2;
      const y = (item.transform[5] as number) + item.height / 3;
      return x >= rect[0] - 1 && x <= rect[2] + 1 && y >= rect[1] - 1 && y <= rect[3] + 1;
    });
    result.push({
      page: pageNumber,
      url: typeof a.url === 'string' ? a.url : typeof a.unsafeUrl === 'string' ? a.unsafeUrl : null,
      dest: typeof a.dest === 'string' ? a.dest : null,
      text: inside.map((item) => ('str' in item ? item.str : '')).join(''),
      rect,
    });
  }
  return result;
}

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

/** Walks the drawing operators of a page: fonts used, glyphs missing from them; returns the image count. */
async function readOperators(
  page: PdfPage,
  pageNumber: number,
  fonts: Map<string, PdfFont>,
  missingGlyphs: { page: number; char: string }[],
): Promise<number> {
  const ops = await page.getOperatorList();
  const used = new Set<string>();
  let images = 0;
  for (let i = 0; i < ops.fnArray.length; i += 1) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[];
    if (IMAGE_OPS.has(fn)) images += 1;
    if (fn === OPS.setFont) used.add(String(args[0]));
    if (fn === OPS.showText || fn === OPS.showSpacedText) {
      for (const glyph of (args[0] as unknown[]) ?? []) {
        if (!glyph || typeof glyph !== 'object') continue;
        const g = glyph as { unicode?: string; isInFont?: boolean; isSpace?: boolean };
        if (g.isInFont === false && !g.isSpace && g.unicode && g.unicode.trim() !== '') {
          missingGlyphs.push({ page: pageNumber, char: g.unicode });
        }
      }
    }
  }
  for (const id of used) {
    if (fonts.has(id)) continue;
    const font = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; missingFile?: boolean }) : null;
    fonts.set(id, { name: font?.name ?? id, embedded: font ? !font.missingFile : false });
  }
  return images;
}

async function readOutline(
  doc: PdfDocument,
  items: Awaited<ReturnType<PdfDocument['getOutline']>>,
): Promise<PdfOutlineItem[]> {
  const result: PdfOutlineItem[] = [];
  for (const item of items ?? []) {
    result.push({ title: item.title, page: await destPage(doc, item.dest), items: await readOutline(doc, item.items) });
  }
  return result;
}

async function destPage(doc: PdfDocument, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit.length === 0) return null;
    const ref = explicit[0];
    if (typeof ref === 'number') return ref + 1;
    return (await doc.getPageIndex(ref)) + 1;
  } catch {
    return null;
  }
}

/** The 1-based page a named destination (an internal link target) points to. */
export async function namedDestinationPage(bytes: Uint8Array, name: string): Promise<number | null> {
  const doc = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
  try {
    return await destPage(doc, name);
  } finally {
    await doc.destroy();
  }
}
