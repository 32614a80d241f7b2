import type { EditionData } from './edition';

/** A photo as a publication printed it; its files are the publication's own copies under releases/. */
export interface PublishedPhoto {
  sha256: string;
  /** releases/2024/1/photos/<sha256>.jpg and <sha256>-thumb.jpg, relative to the data directory. */
  file: string;
  thumbFile: string;
  width: number;
  height: number;
  caption: string;
  credit: string;
}

/** One article as a published edition printed it, for the reader's web pages. */
export interface PublishedArticleText {
  position: number;
  articleId: number;
  countryCode: string;
  countryName: string;
  sectionHeading: string;
  eventDate: string;
  outlet: string;
  title: string;
  digest: string;
  body: string;
  sources: string[];
  photos: PublishedPhoto[];
  page: number | null;
}

export interface PublishedEditionText {
  summaryCounts: string;
  summaryDigest: string;
  articles: PublishedArticleText[];
}

/** What the edition's data does not carry but the reader shows: per article, in the edition's language. */
export interface PublicationFacts {
  countryNames: ReadonlyMap<string, string>;
  articles: ReadonlyMap<number, { digest: string; eventDate: string; photos: Array<Pick<PublishedPhoto, 'sha256' | 'file' | 'thumbFile'>> }>;
  /** Page of each article in the rendered PDF, by article id. */
  articlePages: Readonly<Record<string, number>>;
}

/**
 * The text a publication stores with each edition file: the very EditionData that was rendered
 * (titles, bodies, outlets, sources, captions and credits as printed), with the facts the reader
 * needs beside them. Photos pair with their stored files in order, as the edition lists them.
 */
export function publishedTextOf(data: EditionData, facts: PublicationFacts): PublishedEditionText {
  let position = 0;
  const articles = data.sections.flatMap((section) =>
    section.articles.map((article): PublishedArticleText => {
      const known = facts.articles.get(article.id);
      if (!known || known.photos.length !== article.photos.length) {
        throw new Error(`Article ${article.id}: the facts do not match the edition that was rendered`);
      }
      return {
        position: position++,
        articleId: article.id,
        countryCode: section.countryCode,
        countryName: facts.countryNames.get(section.countryCode) ?? section.heading,
        sectionHeading: section.heading,
        eventDate: known.eventDate,
        outlet: article.outlet,
        title: article.title,
        digest: known.digest,
        body: article.body,
        sources: [...article.sources],
        photos: article.photos.map((photo, i) => ({
          ...known.photos[i]!,
          width: photo.width,
          height: photo.height,
          caption: photo.caption,
          credit: photo.credit,
        })),
        page: facts.articlePages[String(article.id)] ?? null,
      };
    }),
  );
  return { summaryCounts: data.summary.counts, summaryDigest: data.summary.digest, articles };
}
