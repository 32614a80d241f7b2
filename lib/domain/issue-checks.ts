import type { Lang } from './lang';
import { sourceMatchKey } from './source-url';
import { startsOutsidePrepositional } from './digest-phrase';
import { claimedEventCount } from './summary';

/**
 * What the chief editor must look at before publishing an issue. Errors stop the publication
 * (the edition would be wrong or could not be rendered); warnings are shown and may be accepted.
 */
export type ProblemSeverity = 'error' | 'warning';

export const PROBLEM_KINDS = [
  'emptyIssue',
  'emptySection',
  'notApproved',
  'untitled',
  'missingText',
  'noSource',
  'photoNoCredit',
  'photoTooSmall',
  'duplicateSource',
  'sourceInEarlierIssue',
  'outsidePeriod',
  'summaryCount',
  'summaryCountry',
  'digestCase',
  'translation',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export type TextField = 'title' | 'body' | 'digest' | 'photoCaption' | 'heading';

export interface IssueProblem {
  kind: ProblemKind;
  severity: ProblemSeverity;
  articleId?: number;
  lang?: Lang;
  field?: TextField;
  photoId?: number;
  countryCode?: string;
  url?: string;
  otherArticleId?: number;
  earlierIssue?: { year: number; number: number };
  /** Numbers and names for the message (claimed vs actual counts, pixel sizes, dates). */
  values?: Record<string, string | number>;
}

type ByLang = Record<Lang, string>;

export interface CheckPhoto {
  id: number;
  width: number;
  height: number;
  caption: ByLang;
  credit: ByLang;
}

export interface CheckArticle {
  id: number;
  countryCode: string;
  status: string;
  eventDate: string;
  /** The source text had no title (set by the importer, cleared by an editor). */
  untitled: boolean;
  title: ByLang;
  body: ByLang;
  digest: ByLang;
  sources: string[];
  photos: CheckPhoto[];
  /**
   * Open findings of the English↔Russian consistency checks (lib/domain/translation-checks). Shown
   * as a warning: an error could only be approved with the chief editor's reason.
   */
  translation?: { errors: number; warnings: number };
}

export interface CheckSection {
  countryCode: string;
  heading: ByLang;
  articleIds: number[];
}

/** The summary of one edition as it will print: an override of the counts paragraph, or null (generated). */
export interface CheckSummary {
  countsOverride: string | null;
  digestOverride: string | null;
  /** Each country of the issue with its short name in this language and its number of articles. */
  countries: Array<{ name: string; count: number }>;
}

/** The printed photo box: column width, height limit, and the resolution a print needs. */
export interface PhotoColumn {
  widthPt: number;
  maxHeightPt: number;
  dpi: number;
}

export interface IssueCheckInput {
  /** The editions to be published. */
  langs: Lang[];
  periodStart: string;
  periodEnd: string;
  sections: CheckSection[];
  /** In publication order. */
  articles: CheckArticle[];
  /** Source links of articles in other, already published issues. */
  earlierSources: Array<{ url: string; year: number; number: number; articleId: number }>;
  summaries: Partial<Record<Lang, CheckSummary>>;
  column: PhotoColumn;
}

export function checkIssue(input: IssueCheckInput): IssueProblem[] {
  const problems: IssueProblem[] = [];
  if (input.articles.length === 0) problems.push({ kind: 'emptyIssue', severity: 'error' });
  problems.push(...checkSections(input));
  for (const article of input.articles) problems.push(...checkArticle(article, input));
  problems.push(...checkSources(input));
  for (const lang of input.langs) {
    const summary = input.summaries[lang];
    if (summary) problems.push(...checkSummaryOverride(summary, lang));
  }
  return problems;
}

export function hasErrors(problems: IssueProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

function checkSections(input: IssueCheckInput): IssueProblem[] {
  const problems: IssueProblem[] = [];
  for (const section of input.sections) {
    if (section.articleIds.length === 0) {
      problems.push({ kind: 'emptySection', severity: 'error', countryCode: section.countryCode });
    }
    for (const lang of input.langs) {
      if (!section.heading[lang].trim()) {
        problems.push({ kind: 'missingText', severity: 'error', countryCode: section.countryCode, lang, field: 'heading' });
      }
    }
  }
  return problems;
}

function checkArticle(a: CheckArticle, input: IssueCheckInput): IssueProblem[] {
  const problems: IssueProblem[] = [];
  const articleId = a.id;
  if (a.status !== 'approved') problems.push({ kind: 'notApproved', severity: 'error', articleId, values: { status: a.status } });
  for (const lang of input.langs) {
    const missing = (field: TextField) => problems.push({ kind: 'missingText', severity: 'error', articleId, lang, field });
    if (!a.title[lang].trim()) {
      if (a.untitled) problems.push({ kind: 'untitled', severity: 'error', articleId, lang });
      else missing('title');
    }
    if (!a.body[lang].trim()) missing('body');
    const digestOverridden = input.summaries[lang]?.digestOverride != null;
    if (!a.digest[lang].trim() && !digestOverridden) {
      problems.push({ kind: 'missingText', severity: 'warning', articleId, lang, field: 'digest' });
    }
    if (lang === 'ru' && !digestOverridden && startsOutsidePrepositional(a.digest.ru)) {
      problems.push({ kind: 'digestCase', severity: 'warning', articleId, lang, field: 'digest', values: { phrase: a.digest.ru.trim() } });
    }
    for (const photo of a.photos) {
      const otherHasCaption = Object.values(photo.caption).some((c) => c.trim());
      if (otherHasCaption && !photo.caption[lang].trim()) {
        problems.push({ kind: 'missingText', severity: 'error', articleId, lang, field: 'photoCaption', photoId: photo.id });
      }
      if (!photo.credit[lang].trim()) problems.push({ kind: 'photoNoCredit', severity: 'warning', articleId, lang, photoId: photo.id });
    }
  }
  if (a.sources.length === 0) problems.push({ kind: 'noSource', severity: 'error', articleId });
  if (a.translation && a.translation.errors + a.translation.warnings > 0) {
    problems.push({ kind: 'translation', severity: 'warning', articleId, values: { ...a.translation } });
  }
  for (const photo of a.photos) {
    const required = requiredPhotoWidthPx(photo, input.column);
    if (photo.width < required) {
      problems.push({
        kind: 'photoTooSmall',
        severity: 'warning',
        articleId,
        photoId: photo.id,
        values: { width: photo.width, height: photo.height, required, dpi: input.column.dpi },
      });
    }
  }
  if (a.eventDate < input.periodStart || a.eventDate > input.periodEnd) {
    problems.push({ kind: 'outsidePeriod', severity: 'warning', articleId, values: { date: a.eventDate } });
  }
  return problems;
}

/**
 * The pixels a photo needs across to print at the column's resolution. Photos print at the column
 * width, except tall ones that are scaled down to the height limit (as the PDF lays them out).
 */
export function requiredPhotoWidthPx(photo: { width: number; height: number }, column: PhotoColumn): number {
  const ratio = photo.width > 0 && photo.height > 0 ? photo.height / photo.width : 0;
  let printedWidthPt = column.widthPt;
  if (ratio > 0 && printedWidthPt * ratio > column.maxHeightPt) printedWidthPt = column.maxHeightPt / ratio;
  return Math.ceil((printedWidthPt / 72) * column.dpi);
}

function checkSources(input: IssueCheckInput): IssueProblem[] {
  const problems: IssueProblem[] = [];
  const firstUse = new Map<string, number>();
  const earlier = new Map<string, { year: number; number: number }>();
  for (const use of input.earlierSources) {
    const key = sourceMatchKey(use.url);
    if (!earlier.has(key)) earlier.set(key, { year: use.year, number: use.number });
  }
  for (const article of input.articles) {
    for (const url of article.sources) {
      const key = sourceMatchKey(url);
      const first = firstUse.get(key);
      if (first === undefined) firstUse.set(key, article.id);
      else problems.push({ kind: 'duplicateSource', severity: 'warning', articleId: article.id, otherArticleId: first, url });
      const before = earlier.get(key);
      if (before) problems.push({ kind: 'sourceInEarlierIssue', severity: 'warning', articleId: article.id, url, earlierIssue: before });
    }
  }
  return problems;
}

/** An overridden counts paragraph must claim the numbers the issue really has. */
export function checkSummaryOverride(summary: CheckSummary, lang: Lang): IssueProblem[] {
  const text = summary.countsOverride;
  if (text == null) return [];
  const problems: IssueProblem[] = [];
  const actual = summary.countries.reduce((sum, c) => sum + c.count, 0);
  const claimed = claimedEventCount(text);
  if (claimed === null) {
    // The number may be written in words: it cannot be verified, so the chief editor is asked to look.
    problems.push({ kind: 'summaryCount', severity: 'warning', lang, values: { claimed: '—', actual } });
  } else if (claimed !== actual) {
    problems.push({ kind: 'summaryCount', severity: 'error', lang, values: { claimed, actual } });
  }
  const claimedCountries = claimedCountryCounts(text);
  if (claimedCountries.size === 0) return problems;
  const data = new Map(summary.countries.filter((c) => c.count > 0).map((c) => [c.name.toLowerCase(), c]));
  for (const [key, count] of claimedCountries) {
    const country = data.get(key);
    if (!country || country.count !== count) {
      problems.push({
        kind: 'summaryCountry',
        severity: 'error',
        lang,
        values: { country: country?.name ?? key, claimed: count, actual: country?.count ?? 0 },
      });
    }
  }
  for (const [key, country] of data) {
    if (!claimedCountries.has(key)) {
      problems.push({ kind: 'summaryCountry', severity: 'error', lang, values: { country: country.name, claimed: 0, actual: country.count } });
    }
  }
  return problems;
}

const LIST_GLUE = /^[\s,;]*(?:(?:as well as|and|а также|и)\s+)*/i;

/**
 * The per-country numbers of a counts paragraph: "(Kazakhstan - 10, …, as well as China - 1 and
 * Belarus - 1)" → kazakhstan: 10, china: 1, belarus: 1 (names in lower case). Empty when the
 * paragraph has no such list.
 */
export function claimedCountryCounts(paragraph: string): Map<string, number> {
  const result = new Map<string, number>();
  const plain = paragraph.replace(/\*/g, '');
  const groups = plain.match(/\(([^()]*)\)/g) ?? [];
  const list = groups.map((g) => g.slice(1, -1)).find((g) => /\s[-–—]\s*\d/.test(g));
  if (!list) return result;
  for (const m of list.matchAll(/(.+?)\s+[-–—]\s*(\d+)/g)) {
    const name = m[1]!.replace(LIST_GLUE, '').trim().toLowerCase();
    if (name) result.set(name, (result.get(name) ?? 0) + Number(m[2]));
  }
  return result;
}
