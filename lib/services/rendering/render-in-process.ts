import type { EditionData } from '@/lib/domain/edition';
import { RELEASE_LABELS } from '@/lib/domain/release-labels';
import { renderEditionPdf } from '@/lib/pdf/render-edition-pdf';
import { readOutlinePages } from './outline-pages';
import type { RenderedPdf } from './rendered-pdf';

/**
 * Renders on the calling thread (the render worker and command-line scripts use this). Section
 * pages come from the file's outline, which is where a reader lands; the renderer's own record is
 * the fallback.
 */
export async function renderInProcess(data: EditionData): Promise<RenderedPdf> {
  const rendered = await renderEditionPdf(data, RELEASE_LABELS[data.lang]);
  const fromOutline = await readOutlinePages(rendered.pdf, data);
  const reported = (rendered as { articlePages?: Record<string, number> }).articlePages ?? {};
  return {
    pdf: rendered.pdf,
    pageCount: fromOutline.pageCount,
    sectionPages: { ...rendered.sectionPages, ...fromOutline.sectionPages },
    articlePages: { ...reported, ...fromOutline.articlePages },
  };
}
