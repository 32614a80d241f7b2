import type { DbOrTx } from '@/lib/db/client';
import type { IssueRow } from '@/lib/db/queries/issues';
import { countryShortNames, findPublicIssue, listPublishedArticles, type ReleaseFileRow, type ReleaseToc } from '@/lib/db/queries/reader';
import type { Lang } from '@/lib/domain/lang';
import type { ReaderSnapshot } from '@/lib/domain/reader-snapshot';
import { editionPdfPath, type IssueRef } from '@/lib/domain/release-urls';
import { readReaderSnapshot } from '@/lib/media/reader-snapshot-file';

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
  /**
   * Only without a stored snapshot, for an issue under correction: the article has been reopened,
   * so its text in the database may no longer be the published one and is not shown (body empty).
   */
  beingCorrected: boolean;
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
  const snapshot = file ? readReaderSnapshot(file.path) : null;
  const sections = snapshot
    ? sectionsFromSnapshot(db, snapshot, lang)
    : sectionsFromDatabase(db, issue, latestFiles.map((f) => f.toc), lang);
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

/** The published text, as stored at publication; section names are today's short names. */
function sectionsFromSnapshot(db: DbOrTx, snapshot: ReaderSnapshot, lang: Lang): ReaderSection[] {
  const names = countryShortNames(db, snapshot.sections.map((s) => s.countryCode), lang);
  return snapshot.sections.map((section) => ({
    countryCode: section.countryCode,
    name: names.get(section.countryCode) ?? section.heading,
    heading: section.heading,
    page: null,
    pdfHref: null,
    articles: section.articles.map((a) => ({ ...a, beingCorrected: false, page: null, pdfHref: null })),
  }));
}

const UNCHANGED_SINCE_PUBLICATION = new Set(['published', 'approved']);

/**
 * Without a snapshot (editions published before snapshots were stored): the database's texts of the
 * articles the files list. They are the published ones while the issue is published (published
 * articles cannot be edited); under a correction, a reopened article's text is withheld.
 */
function sectionsFromDatabase(db: DbOrTx, issue: IssueRow, tocs: ReleaseToc[], lang: Lang): ReaderSection[] {
  const sections: ReaderSection[] = [];
  for (const { article, country, sources } of listPublishedArticles(db, issue.id, tocs)) {
    let section = sections[sections.length - 1];
    if (!section || section.countryCode !== country.code) {
      section = {
        countryCode: country.code,
        name: lang === 'en' ? country.shortEn : country.shortRu,
        heading: lang === 'en' ? country.headingEn : country.headingRu,
        page: null,
        pdfHref: null,
        articles: [],
      };
      sections.push(section);
    }
    const beingCorrected = issue.status === 'correction' && !UNCHANGED_SINCE_PUBLICATION.has(article.status);
    section.articles.push({
      id: article.id,
      title: lang === 'en' ? article.titleEn : article.titleRu,
      outlet: article.outlet,
      body: beingCorrected ? '' : lang === 'en' ? article.bodyEn : article.bodyRu,
      sources,
      beingCorrected,
      page: null,
      pdfHref: null,
    });
  }
  return sections;
}
