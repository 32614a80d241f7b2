import type { Lang } from './lang';

export interface ArticleTexts {
  titleEn: string;
  titleRu: string;
  bodyEn: string;
  bodyRu: string;
  digestEn: string;
  digestRu: string;
}

export interface PhotoCaptions {
  captionEn: string;
  captionRu: string;
}

/** What one language of an article has; `complete` when it is ready for that edition. */
export interface LanguageCompleteness {
  title: boolean;
  body: boolean;
  digest: boolean;
  /** Every photo has a caption in this language (true when there are no photos). */
  captions: boolean;
  complete: boolean;
}

const filled = (s: string) => s.trim() !== '';

export function languageCompleteness(article: ArticleTexts, photos: readonly PhotoCaptions[], lang: Lang): LanguageCompleteness {
  const en = lang === 'en';
  const title = filled(en ? article.titleEn : article.titleRu);
  const body = filled(en ? article.bodyEn : article.bodyRu);
  const digest = filled(en ? article.digestEn : article.digestRu);
  const captions = photos.every((p) => filled(en ? p.captionEn : p.captionRu));
  return { title, body, digest, captions, complete: title && body && digest && captions };
}

/** What an article must have before it can go to review. */
export type ReviewRequirement = 'country' | 'eventDate' | 'text' | 'source';

export interface ReviewReadiness extends ArticleTexts {
  countryCode: string;
  eventDate: string;
  sourceCount: number;
}

/** Country, date, a title and a body in at least one language, one source link. */
export function missingForReview(article: ReviewReadiness): ReviewRequirement[] {
  const missing: ReviewRequirement[] = [];
  if (!filled(article.countryCode)) missing.push('country');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(article.eventDate)) missing.push('eventDate');
  const hasLanguage =
    (filled(article.titleEn) && filled(article.bodyEn)) || (filled(article.titleRu) && filled(article.bodyRu));
  if (!hasLanguage) missing.push('text');
  if (article.sourceCount < 1) missing.push('source');
  return missing;
}
