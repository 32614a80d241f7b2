import { renderToBuffer } from '@react-pdf/renderer';
import type { EditionData, EditionLabels } from '@/lib/domain/edition';
import { EditionDocument } from './edition-document';
import { registerEditionFonts } from './fonts';
import { PageRecorder } from './page-recorder';

export interface RenderedEdition {
  pdf: Buffer;
  pageCount: number;
  /** Page on which each section heading stands, by country code. */
  sectionPages: Record<string, number>;
  /** Layout passes actually run (1 when asked for one, normally 2). */
  passes: number;
}

export interface RenderEditionOptions {
  /**
   * 2 (default): pass 1 finds the section pages, pass 2 prints them in the contents.
   * 1: a single pass whose contents shows placeholders — to measure what the second pass costs.
   */
  passes?: 1 | 2;
}

/** A third pass only if pass 2 moved a heading, which a same-size contents should never do. */
const MAX_PASSES = 3;

export async function renderEditionPdf(
  data: EditionData,
  labels: EditionLabels,
  options: RenderEditionOptions = {},
): Promise<RenderedEdition> {
  registerEditionFonts();
  const wanted = options.passes ?? 2;
  let printed: Record<string, number> | null = null;
  let passes = 0;
  for (;;) {
    const recorder = new PageRecorder();
    const pdf = await renderToBuffer(
      <EditionDocument data={data} labels={labels} sectionPages={printed} recorder={recorder} />,
    );
    passes += 1;
    const found = recorder.sectionPages;
    const done = passes >= wanted && (wanted === 1 || samePages(printed, found) || passes >= MAX_PASSES);
    if (done) return { pdf, pageCount: recorder.totalPages, sectionPages: found, passes };
    printed = found;
  }
}

function samePages(a: Record<string, number> | null, b: Record<string, number>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
}
