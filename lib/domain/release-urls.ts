import { ISSUE_NUMBER_MAX, isIssueYear } from './issue-numbering';
import { isLang, type Lang } from './lang';

/**
 * The public URLs of a published issue and its files. The latest-revision PDF URL may change
 * content when a correction is published; the revision URLs (/rN/) never do.
 */
export interface IssueRef {
  year: number;
  number: number;
}

export function issuePath({ year, number }: IssueRef): string {
  return `/releases/${year}/${number}`;
}

/** The edition read as a web page. */
export function readingPath(issue: IssueRef, lang: Lang): string {
  return `${issuePath(issue)}/${lang}`;
}

export interface PdfLinkOptions {
  /** A fixed revision (immutable URL); without it, the latest published revision. */
  revision?: number;
  /** Shown in the browser instead of downloaded (needed for #page links). */
  inline?: boolean;
  /** A page to open at (#page=N, honoured by browsers' PDF viewers). */
  page?: number | null;
}

export function editionPdfPath(issue: IssueRef, lang: Lang, options: PdfLinkOptions = {}): string {
  const file = options.revision ? `r${options.revision}/${lang}.pdf` : `${lang}.pdf`;
  const query = options.inline ? '?inline=1' : '';
  const fragment = options.page ? `#page=${options.page}` : '';
  return `${issuePath(issue)}/${file}${query}${fragment}`;
}

/** The cover thumbnail of one edition of one revision (immutable). */
export function coverImagePath(issue: IssueRef, revision: number, lang: Lang): string {
  return `${issuePath(issue)}/r${revision}/${lang}-cover.webp`;
}

/** /releases/2024/1/photos/<sha256>.jpg (or -thumb.jpg): a photo as a publication printed it, never changing. */
export function publishedPhotoPath(issue: IssueRef, sha256: string, variant: 'print' | 'thumb' = 'print'): string {
  return `${issuePath(issue)}/photos/${sha256}${variant === 'thumb' ? '-thumb' : ''}.jpg`;
}

/** caricc-information-release-2024-01-en.pdf; an explicit revision adds -r2. */
export function downloadFileName({ year, number }: IssueRef, lang: Lang, revision?: number): string {
  const suffix = revision ? `-r${revision}` : '';
  return `caricc-information-release-${year}-${String(number).padStart(2, '0')}-${lang}${suffix}.pdf`;
}

export type ReleaseFileRequest =
  | { kind: 'pdf'; lang: Lang; revision: number | null }
  | { kind: 'cover'; lang: Lang; revision: number };

const REVISION = /^r([1-9]\d{0,3})$/;
const PDF = /^(en|ru)\.pdf$/;
const COVER = /^(en|ru)-cover\.webp$/;

/** Reads the path segments after /releases/YEAR/NUMBER/: en.pdf, r2/en.pdf, r2/en-cover.webp. */
export function parseReleaseFile(segments: readonly string[]): ReleaseFileRequest | null {
  if (segments.length === 1) {
    const lang = PDF.exec(segments[0]!)?.[1];
    return isLang(lang) ? { kind: 'pdf', lang, revision: null } : null;
  }
  if (segments.length !== 2) return null;
  const revision = REVISION.exec(segments[0]!)?.[1];
  if (!revision) return null;
  const pdf = PDF.exec(segments[1]!)?.[1];
  if (isLang(pdf)) return { kind: 'pdf', lang: pdf, revision: Number(revision) };
  const cover = COVER.exec(segments[1]!)?.[1];
  if (isLang(cover)) return { kind: 'cover', lang: cover, revision: Number(revision) };
  return null;
}

/** Year and number as they appear in a URL: plain decimal integers in range, nothing else. */
export function parseIssueRef(year: string, number: string): IssueRef | null {
  if (!/^\d{4}$/.test(year) || !/^[1-9]\d{0,2}$/.test(number)) return null;
  const y = Number(year);
  if (!isIssueYear(y) || Number(number) > ISSUE_NUMBER_MAX) return null;
  return { year: y, number: Number(number) };
}

/** /releases/YEAR/NUMBER/<file...>, from the path segments after /releases/; null if it is none. */
export function parseReleaseFilePath(year: string, number: string, file: readonly string[]): { ref: IssueRef; wanted: ReleaseFileRequest } | null {
  const ref = parseIssueRef(year, number);
  const wanted = parseReleaseFile(file);
  return ref && wanted ? { ref, wanted } : null;
}
