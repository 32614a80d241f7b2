import type { DbOrTx } from '@/lib/db/client';
import { findPublicIssue, type ReleaseFileRow } from '@/lib/db/queries/reader';
import { findReleaseText } from '@/lib/db/queries/release-texts';
import type { Lang } from '@/lib/domain/lang';
import type { PublishedPhoto } from '@/lib/domain/published-text';
import { editionPdfPath, type IssueRef } from '@/lib/domain/release-urls';
import { releaseTitle } from '@/lib/domain/release-title';

export interface ReaderFile {
  lang: Lang;
  revision: number;
  bytes: number;
  sha256: string;
  pageCount: number;
  createdAt: string;
  /** Latest revision: the latest-revision URL; earlier ones: their own immutable URL. */
  href: string;
}

export interface ReaderRevision {
  revision: number;
  publishedAt: string;
  files: ReaderFile[];
}

export interface ReaderArticle {
  id: number;
  title: string;
  outlet: string;
  /** Markdown, rendered by the page with parseBody. */
  body: string;
  sources: string[];
  /** As printed: caption and credit in this language, files owned by the publication. */
  photos: PublishedPhoto[];
  /**
   * Only for revisions published before texts were stored with them, where the article had changed
   * by the time the text was backfilled: its published text is in the PDF only (body empty).
   */
  withheld: boolean;
  /** Page in this language's PDF, and a link that opens it there; null when the file does not say. */
  page: number | null;
  pdfHref: string | null;
}

export interface ReaderSection {
  countryCode: string;
  name: string; // Kazakhstan
  heading: string; // REPUBLIC OF KAZAKHSTAN
  page: number | null;
  pdfHref: string | null;
  articles: ReaderArticle[];
}

export interface ReaderIssue extends IssueRef {
  lang: Lang;
  periodStart: string;
  periodEnd: string;
  /** The latest published revision (1, or more after corrections). */
  revision: number;
  publishedAt: string | null;
  articleCount: number;
  latest: ReaderRevision;
  /** Earlier revisions, newest first, still downloadable. */
  earlier: ReaderRevision[];
  sections: ReaderSection[];
}

/**
 * A published issue as the reader sees it in one language: the files of every published revision
 * and the contents of the latest, with page links from that language's PDF. Null when the issue
 * is unknown or unpublished.
 */
export function loadReaderIssue(db: DbOrTx, ref: IssueRef, lang: Lang): ReaderIssue | null {
  const found = findPublicIssue(db, ref.year, ref.number);
  if (!found) return null;
  const { issue, files } = found;
  const revisions = groupRevisions(ref, files, issue.revision);
  const latest = revisions[0]!;
  const latestFiles = files.filter((f) => f.revision === issue.revision);
  const file = latestFiles.find((f) => f.lang === lang);
  const toc = file?.toc;
  const pdfHref = (page: number | null) => (page ? editionPdfPath(ref, lang, { inline: true, page }) : null);
  const sections = sectionsOf(db, file, lang);
  for (const section of sections) {
    section.page = toc?.sections?.[section.countryCode] ?? null;
    section.pdfHref = pdfHref(section.page);
    for (const article of section.articles) {
      article.page = toc?.articles?.[String(article.id)] ?? null;
      article.pdfHref = pdfHref(article.page);
    }
  }

  return {
    ...ref,
    lang,
    periodStart: issue.periodStart,
    periodEnd: issue.periodEnd,
    revision: issue.revision,
    publishedAt: issue.publishedAt,
    articleCount: sections.reduce((n, s) => n + s.articles.length, 0),
    latest,
    earlier: revisions.slice(1),
    sections,
  };
}

function groupRevisions(ref: IssueRef, files: ReleaseFileRow[], latest: number): ReaderRevision[] {
  const revisions: ReaderRevision[] = [];
  for (const file of files) {
    let revision = revisions[revisions.length - 1];
    if (!revision || revision.revision !== file.revision) {
      revision = { revision: file.revision, publishedAt: file.createdAt, files: [] };
      revisions.push(revision);
    }
    if (file.createdAt > revision.publishedAt) revision.publishedAt = file.createdAt;
    revision.files.push({
      lang: file.lang,
      revision: file.revision,
      bytes: file.bytes,
      sha256: file.sha256,
      pageCount: file.pageCount,
      createdAt: file.createdAt,
      href: editionPdfPath(ref, file.lang, file.revision === latest ? {} : { revision: file.revision }),
    });
  }
  return revisions;
}

/**
 * The sections of a published edition, from the text its publication stored with the file: exactly
 * what that PDF printed, whatever happened to the articles since. Without a stored text (never after
 * `npm run db:migrate`, which backfills it), no article is shown: the PDF is the publication.
 */
function sectionsOf(db: DbOrTx, file: ReleaseFileRow | undefined, lang: Lang): ReaderSection[] {
  const stored = file ? findReleaseText(db, file.id) : undefined;
  const sections: ReaderSection[] = [];
  for (const article of stored?.articles ?? []) {
    let section = sections[sections.length - 1];
    if (!section || section.countryCode !== article.countryCode) {
      section = { countryCode: article.countryCode, name: article.countryName, heading: article.sectionHeading, page: null, pdfHref: null, articles: [] };
      sections.push(section);
    }
    section.articles.push({
      id: article.articleId,
      title: releaseTitle(article.title, lang),
      outlet: article.outlet,
      body: article.withheld ? '' : article.body,
      sources: article.sources,
      photos: article.withheld ? [] : article.photos,
      withheld: article.withheld,
      page: null,
      pdfHref: null,
    });
  }
  return sections;
}
