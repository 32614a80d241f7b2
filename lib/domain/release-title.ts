import type { Lang } from './lang';

/**
 * How the web edition writes an article's title: in capitals, as the printed release does
 * (docs: release-format.md §4, "the title in capitals, bold"; lib/pdf/components/article-block.tsx).
 * Titles imported from a release arrive in capitals and typed ones in sentence case; capitals are the
 * one style both can be brought to without guessing (lower-casing "POLICE IN ALMATY" cannot know that
 * Almaty keeps its capital). Applied when a page is shown; the stored text is never rewritten.
 */
export function releaseTitle(title: string, lang: Lang): string {
  return title.replace(/\s+/g, ' ').trim().toLocaleUpperCase(lang);
}
