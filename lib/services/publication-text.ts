import type { DbOrTx } from '@/lib/db/client';
import type { IssueArticle } from '@/lib/db/queries/issues';
import { countryShortNames } from '@/lib/db/queries/reader';
import type { EditionData } from '@/lib/domain/edition';
import { releaseFolder } from '@/lib/domain/issue-numbering';
import type { Lang } from '@/lib/domain/lang';
import { publishedTextOf, type PublicationFacts, type PublishedEditionText } from '@/lib/domain/published-text';

/** A photo file a publication copies into its own folder, so that later edits cannot change or remove it. */
export interface PublishedPhotoCopy {
  source: string;
  target: string;
}

/** releases/2024/1/photos/<sha256>.jpg: content-addressed, shared by the revisions of an issue. */
export function publishedPhotoPaths(year: number, number: number, sha256: string): { file: string; thumbFile: string } {
  const folder = `${releaseFolder(year, number)}/photos`;
  return { file: `${folder}/${sha256}.jpg`, thumbFile: `${folder}/${sha256}-thumb.jpg` };
}

/** The copies of every photo of the issue's articles (print and thumbnail), each once. */
export function publishedPhotoCopies(items: IssueArticle[], year: number, number: number): PublishedPhotoCopy[] {
  const copies = new Map<string, PublishedPhotoCopy>();
  for (const photo of items.flatMap((item) => item.photos)) {
    const { file, thumbFile } = publishedPhotoPaths(year, number, photo.sha256);
    copies.set(file, { source: photo.printFile, target: file });
    copies.set(thumbFile, { source: photo.thumbFile, target: thumbFile });
  }
  return [...copies.values()];
}

/** The text to store with an edition file, from the data that was rendered and the issue's rows. */
export function editionTextOf(
  items: IssueArticle[],
  countryNames: ReadonlyMap<string, string>,
  data: EditionData,
  articlePages: Record<string, number>,
): PublishedEditionText {
  const en = data.lang === 'en';
  const facts: PublicationFacts = {
    countryNames,
    articlePages,
    articles: new Map(
      items.map(({ article, photos }) => [
        article.id,
        {
          digest: en ? article.digestEn : article.digestRu,
          eventDate: article.eventDate,
          photos: photos.map((p) => ({ sha256: p.sha256, ...publishedPhotoPaths(data.year, data.number, p.sha256) })),
        },
      ]),
    ),
  };
  return publishedTextOf(data, facts);
}

export function countryNamesOf(db: DbOrTx, items: IssueArticle[], lang: Lang): Map<string, string> {
  return countryShortNames(db, [...new Set(items.map((i) => i.country.code))], lang);
}
