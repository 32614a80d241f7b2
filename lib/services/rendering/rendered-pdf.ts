import type { ArticleProofData } from '@/lib/domain/article-proof';
import type { EditionData } from '@/lib/domain/edition';
import type { RenderedProof } from '@/lib/pdf/article-proof';

/** A rendered edition and where its sections and articles landed (1-based page numbers). */
export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
  sectionPages: Record<string, number>;
  /** By article id; empty when the outline of the file could not be read. */
  articlePages: Record<string, number>;
}

export type EditionRenderer = (data: EditionData) => Promise<RenderedPdf>;

/** One article's print proof (lib/pdf/article-proof.tsx). */
export type { RenderedProof };

export type ProofRenderer = (data: ArticleProofData) => Promise<RenderedProof>;

/** What a render worker is asked for: a whole edition, or one article's proof. */
export type RenderTask = { kind: 'edition'; data: EditionData } | { kind: 'proof'; data: ArticleProofData };
