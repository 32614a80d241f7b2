import type { DbOrTx } from '@/lib/db/client';
import { listArticlePhotos, listArticleSources } from '@/lib/db/queries/articles';
import { findCountry } from '@/lib/db/queries/countries';
import type { ArticleProofData } from '@/lib/domain/article-proof';
import type { Lang } from '@/lib/domain/lang';
import type { Actor } from './actor';
import { loadArticle } from './article-access';
import { assertDeskUser } from './issue-access';
import { toEditionArticle } from './load-edition-data';
import { renderProofOffThread } from './rendering/render-off-thread';
import type { ProofRenderer, RenderedProof } from './rendering/rendered-pdf';

export interface PreviewArticleInput {
  articleId: number;
  lang: Lang;
}

export interface ArticlePreview extends RenderedProof {
  fileName: string;
  /** The stored version the proof shows (unsaved text in a browser is not in it). */
  version: number;
}

/**
 * One article's print proof in one language, for any desk user who may read it (every desk user
 * reads every article; see the article page): the saved version, in the country section it would
 * stand in, rendered with the edition's components in the render worker. Read-only, no audit row.
 */
export async function previewArticle(
  db: DbOrTx,
  actor: Actor,
  input: PreviewArticleInput,
  render: ProofRenderer = renderProofOffThread,
): Promise<ArticlePreview> {
  assertDeskUser(actor);
  const data = loadArticleProofData(db, input);
  const rendered = await render(data.proof);
  return { ...rendered, version: data.version, fileName: `article-${input.articleId}-v${data.version}-${input.lang}-proof.pdf` };
}

/** What the renderer gets: the article's country section holding this article alone. */
export function loadArticleProofData(db: DbOrTx, { articleId, lang }: PreviewArticleInput): { proof: ArticleProofData; version: number } {
  const article = loadArticle(db, articleId);
  const country = findCountry(db, article.countryCode);
  const heading = country ? (lang === 'en' ? country.headingEn : country.headingRu) : article.countryCode;
  const printed = toEditionArticle({ article, sources: listArticleSources(db, article.id), photos: listArticlePhotos(db, article.id) }, lang);
  return { proof: { lang, section: { countryCode: article.countryCode, heading, articles: [printed] } }, version: article.version };
}
