import type { DbOrTx } from '@/lib/db/client';
import { findPublicIssue, listPublishedArticles, type ReleaseFileRow } from '@/lib/db/queries/reader';
import type { Lang } from '@/lib/domain/lang';
import { editionPdfPath, type IssueRef } from '@/lib/domain/release-urls';

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
  const toc = latestFiles.find((f) => f.lang === lang)?.toc;
  const pdfHref = (page: number | undefined) => (page ? editionPdfPath(ref, lang, { inline: true, page }) : null);

  const sections: ReaderSection[] = [];
  for (const { article, country, sources } of listPublishedArticles(db, issue.id, latestFiles.map((f) => f.toc))) {
    let section = sections[sections.length - 1];
    if (!section || section.countryCode !== country.code) {
      const page = toc?.sections?.[country.code];
      section = {
        countryCode: country.code,
        name: lang === 'en' ? country.shortEn : country.shortRu,
        heading: lang === 'en' ? country.headingEn : country.headingRu,
        page: page ?? null,
        pdfHref: pdfHref(page),
        articles: [],
      };
      sections.push(section);
    }
    const page = toc?.articles?.[String(article.id)];
    section.articles.push({
      id: article.id,
      title: lang === 'en' ? article.titleEn : article.titleRu,
      outlet: article.outlet,
      body: lang === 'en' ? article.bodyEn : article.bodyRu,
      sources,
      page: page ?? null,
      pdfHref: pdfHref(page),
    });
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
