import type { Lang } from '@/lib/domain/lang';

/** Every name a country may appear under as a section heading (official headings, short and ISO names, aliases). */
export interface CountryNames {
  code: string;
  names: string[];
  /** The short names, to name the country in messages (Iran / Иран). */
  shortEn?: string;
  shortRu?: string;
}

/** A country offered for a heading that matched none. */
export interface CountrySuggestion {
  code: string;
  shortEn: string;
  shortRu: string;
}

/** A problem found in the text; `line` is 1-based, 0 when it is about the file as a whole. */
export interface ParseIssue {
  line: number;
  /** In English, for the command line and the log. */
  message: string;
  /** What a screen needs to say the same in its own language. */
  unknownHeading?: { heading: string; closest: CountrySuggestion[] };
}

export interface ParsedArticle {
  line: number;
  countryCode: string;
  outlet: string;
  /** '' when the text lost the title (then `untitled` is true). */
  title: string;
  untitled: boolean;
  /** Markdown paragraphs joined by a blank line. */
  body: string;
  /** Normalised URLs, in the order of the text. */
  sources: string[];
}

export interface ParsedRelease {
  lang: Lang;
  number: number;
  year: number;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string;
  place: string;
  summaryCounts: string | null;
  summaryDigest: string | null;
  articles: ParsedArticle[];
}

export type ParseResult =
  | { ok: true; release: ParsedRelease; warnings: ParseIssue[] }
  | { ok: false; errors: ParseIssue[] };
