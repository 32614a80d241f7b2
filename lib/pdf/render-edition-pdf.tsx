import type { EditionData, EditionLabels } from '@/lib/domain/edition';
import type { ContentsNumbers } from './components/contents';
import { EditionDocument } from './edition-document';
import { registerEditionFonts } from './fonts';
import { PageRecorder } from './page-recorder';
import { renderToBuffer } from './render-to-buffer';

export interface RenderedEdition {
  pdf: Buffer;
  pageCount: number;
  /** Page on which each section heading stands, by country code. */
  sectionPages: Record<string, number>;
  /** Layout passes (react-pdf renders) actually run: normally 1, 2 if the contents needed a second. */
  passes: number;
}

export interface RenderEditionOptions {
  /**
   * 2 (default): the contents prints the real section pages. One render normally does it: the
   * contents takes the pages react-pdf's first pagination round found (see PageRecorder); a second
   * render, with those pages fixed, runs only if the final round placed a heading elsewhere.
   * 1: the contents shows placeholders — to measure what exact contents numbers cost.
   */
  passes?: 1 | 2;
}

/** A third render only if the second moved a heading, which a same-size contents should never do. */
const MAX_PASSES = 3;

export async function renderEditionPdf(
  data: EditionData,
  labels: EditionLabels,
  options: RenderEditionOptions = {},
): Promise<RenderedEdition> {
  registerEditionFonts();
  const exact = (options.passes ?? 2) === 2;
  const codes = data.sections.map((section) => section.countryCode);
  let numbers: ContentsNumbers = exact ? 'recorded' : 'placeholders';
  let passes = 0;
  for (;;) {
    const recorder = new PageRecorder();
    const pdf = await renderToBuffer(<EditionDocument data={data} labels={labels} contentsNumbers={numbers} recorder={recorder} />);
    passes += 1;
    const found = recorder.sectionPages;
    const printedRight =
      numbers === 'recorded' ? recorder.confirmed(codes) : numbers !== 'placeholders' && samePages(numbers, found, codes);
    if (!exact || printedRight || passes >= MAX_PASSES) return { pdf, pageCount: recorder.totalPages, sectionPages: found, passes };
    numbers = { ...found };
  }
}

function samePages(a: Record<string, number>, b: Record<string, number>, codes: string[]): boolean {
  return codes.every((code) => a[code] !== undefined && a[code] === b[code]);
}
