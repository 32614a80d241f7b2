import type { EditionSection } from './edition';
import type { Lang } from './lang';

/**
 * One article laid out as a release prints it, without an issue: the country section it would
 * stand in (heading, then this one article). lib/pdf renders it with the edition's own components;
 * lib/services builds it from the stored article (the saved version, photos as stored print JPEGs).
 */
export interface ArticleProofData {
  lang: Lang;
  /** The section of the article's country, holding only this article. */
  section: EditionSection;
}
