import type { EditionData } from '@/lib/domain/edition';

/** A rendered edition and where its sections and articles landed (1-based page numbers). */
export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
  sectionPages: Record<string, number>;
  /** By article id; empty when the outline of the file could not be read. */
  articlePages: Record<string, number>;
}

export type EditionRenderer = (data: EditionData) => Promise<RenderedPdf>;
