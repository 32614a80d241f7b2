import { readArticles } from './articles';
import { findBackCoverStart } from './back-cover';
import { findControlCharacters, isBlank, splitBlocks, splitLines } from './blocks';
import { CountryIndex } from './countries';
import { findBodyStart, readFrontMatter } from './front-matter';
import { detectLanguage } from './language';
import type { CountryNames, ParsedArticle, ParseIssue, ParseResult } from './types';

export { quote } from './articles';
export { CountryIndex } from './countries';
export type { CountryNames, CountrySuggestion, ParsedArticle, ParsedRelease, ParseIssue, ParseResult } from './types';

/**
 * Reads an Information Release converted to Markdown-ish text (release-format.md): cover and
 * contents, summary, country sections with their articles, back cover. Pure: no I/O.
 */
export function parseReleaseText(text: string, countries: CountryNames[]): ParseResult {
  const lines = splitLines(text);
  if (lines.every(isBlank)) return { ok: false, errors: [{ line: 0, message: 'the file is empty' }] };
  const control = findControlCharacters(lines);
  if (control.length > 0) return { ok: false, errors: control };

  const index = new CountryIndex(countries);
  const blocks = splitBlocks(lines);
  const bodyStart = findBodyStart(blocks, index);
  const backCover = findBackCoverStart(blocks, bodyStart);
  const { front, errors, warnings } = readFrontMatter(blocks.slice(0, bodyStart));
  const body = readArticles(blocks.slice(bodyStart, backCover), index);
  errors.push(...body.errors);
  warnings.push(...body.warnings);
  if (body.articles.length === 0 && body.errors.length === 0) {
    errors.push({ line: 0, message: 'no articles found (no country section heading with articles under it)' });
  }
  const countsWarning = checkSummaryCount(front.summaryCounts, body.articles, blocks[bodyStart]?.line ?? 0);
  if (countsWarning) warnings.push(countsWarning);

  if (errors.length > 0) return { ok: false, errors: sortIssues(errors) };
  return {
    ok: true,
    release: {
      lang: detectLanguage(blocks),
      number: front.number!,
      year: front.year!,
      periodStart: front.periodStart!,
      periodEnd: front.periodEnd!,
      place: front.place,
      summaryCounts: front.summaryCounts,
      summaryDigest: front.summaryDigest,
      articles: body.articles,
    },
    warnings: sortIssues(warnings),
  };
}

/** "… 26 events …" / «… 26 событий …» should be the number of articles found. */
function checkSummaryCount(summary: string | null, articles: ParsedArticle[], line: number): ParseIssue | null {
  const m = summary && /(\d+)\s+(?:events?|событи)/i.exec(summary);
  if (!m || Number(m[1]) === articles.length) return null;
  return { line, message: `the summary counts ${m[1]} events but the text has ${articles.length} articles` };
}

function sortIssues(issues: ParseIssue[]): ParseIssue[] {
  return [...issues].sort((a, b) => a.line - b.line);
}
