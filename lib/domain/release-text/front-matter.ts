import { parseCoverPeriod } from '@/lib/domain/period';
import type { Block } from './blocks';
import { isHeadingLike, mayBeCountryHeading } from './block-roles';
import type { CountryIndex } from './countries';
import { isContentsMarker } from './language';
import type { ParseIssue } from './types';

export interface FrontMatter {
  number: number | null;
  year: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  place: string;
  summaryCounts: string | null;
  summaryDigest: string | null;
}

const NUMBER_LINE = /^(?:#|№|No\.?)\s?(\d{1,3})$/i;
const PLACE_YEAR_LINE = /^(\p{L}[\p{L}\s.'’-]*?)\s+[-–—]\s+(\d{4})$/u;
const CITATION = /№\s?(\d{1,3}),\s*(\d{4})\s*$/;
const SUMMARY_COUNTS = /^\*?(?:in the period from|в период с)(?!\p{L})/iu;
const SUMMARY_DIGEST = /^\*?(published articles include information|опубликованные материалы содержат информацию)/i;

/**
 * Where the country sections begin. After a CONTENTS marker: the first heading-like block (it must
 * be a country heading; the article parser says so if it is not). Without one: the first country
 * heading, or the first heading after the cover if articles (source links) come before any country.
 */
export function findBodyStart(blocks: Block[], countries: CountryIndex): number {
  const marker = blocks.findIndex(isContentsMarker);
  if (marker >= 0) {
    const start = blocks.findIndex(
      (b, i) => i > marker && (isHeadingLike(b) || b.kind === 'source' || (mayBeCountryHeading(b) && countries.match(b.text) !== null)),
    );
    return start < 0 ? blocks.length : start;
  }
  let firstCountry = blocks.findIndex((b) => mayBeCountryHeading(b) && countries.match(b.text) !== null);
  if (firstCountry < 0) firstCountry = blocks.length;
  const firstSource = blocks.findIndex((b) => b.kind === 'source');
  if (firstSource < 0 || firstSource > firstCountry) return firstCountry;
  const lastCoverItem = findLastIndex(blocks.slice(0, firstSource), isFrontMatterItem);
  const start = blocks.findIndex((b, i) => i > lastCoverItem && i <= firstSource && (isHeadingLike(b) || i === firstSource));
  return start;
}

function isFrontMatterItem(block: Block): boolean {
  return (
    isContentsMarker(block) ||
    block.kind === 'contents' ||
    SUMMARY_COUNTS.test(block.text) ||
    SUMMARY_DIGEST.test(block.text) ||
    block.lines.some((l) => NUMBER_LINE.test(l.text) || PLACE_YEAR_LINE.test(l.text) || CITATION.test(l.text) || parseCoverPeriod(l.text) !== null)
  );
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** Reads the cover, imprint and summary; the contents lines are skipped. */
export function readFrontMatter(blocks: Block[]): { front: FrontMatter; errors: ParseIssue[]; warnings: ParseIssue[] } {
  const front: FrontMatter = {
    number: null,
    year: null,
    periodStart: null,
    periodEnd: null,
    place: '',
    summaryCounts: null,
    summaryDigest: null,
  };
  let citation: { number: number; year: number } | null = null;
  let placeYear: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'contents') continue;
    if (block.kind === 'text' && SUMMARY_COUNTS.test(block.text) && front.summaryCounts === null) {
      front.summaryCounts = plainText(block.text);
      continue;
    }
    if (block.kind === 'text' && SUMMARY_DIGEST.test(block.text) && front.summaryDigest === null) {
      front.summaryDigest = plainText(block.text);
      continue;
    }
    for (const { text } of block.lines) {
      const number = NUMBER_LINE.exec(text);
      if (number && front.number === null) front.number = Number(number[1]);
      const period = parseCoverPeriod(text);
      if (period && front.periodStart === null) {
        front.periodStart = period.start;
        front.periodEnd = period.end;
      }
      const place = PLACE_YEAR_LINE.exec(text);
      if (place && placeYear === null) {
        front.place = place[1]!.trim();
        placeYear = Number(place[2]);
      }
      const cite = CITATION.exec(text);
      if (cite && citation === null) citation = { number: Number(cite[1]), year: Number(cite[2]) };
    }
  }
  if (front.number === null && citation) front.number = citation.number;
  front.year = placeYear ?? citation?.year ?? (front.periodEnd ? Number(front.periodEnd.slice(0, 4)) : null);

  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  if (front.number === null || front.number < 1) {
    errors.push({ line: 0, message: 'no issue number found (the cover should have a line like «#1»)' });
  }
  if (front.periodStart === null) {
    errors.push({ line: 0, message: 'no period found (the cover should have a line like «01-31.01.2024» or «15.01-14.02.2024»)' });
  }
  if (!front.place) warnings.push({ line: 0, message: 'no place found (the cover should have a line like «Almaty - 2024»)' });
  if (front.year !== null && front.periodEnd && front.year !== Number(front.periodEnd.slice(0, 4)) && front.year !== Number(front.periodStart!.slice(0, 4))) {
    warnings.push({ line: 0, message: `the year ${front.year} on the cover is not the year of the period ${front.periodStart} – ${front.periodEnd}` });
  }
  return { front, errors, warnings };
}

/** The summary paragraphs as plain text: the `*` emphasis markers go. */
function plainText(text: string): string {
  return text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}
