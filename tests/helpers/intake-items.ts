import type { DbOrTx } from '@/lib/db/client';
import { insertIntakeItem } from '@/lib/db/queries/intake-items';
import { insertOutlet } from '@/lib/db/queries/outlets';
import type { IntakeLanguage, IntakeStatus } from '@/lib/db/schema';
import type { RelevanceMatch } from '@/lib/domain/intake/relevance-types';
import { sourceMatchKey } from '@/lib/domain/source-url';

export interface TestItem {
  url: string;
  title: string;
  summary?: string;
  text?: string;
  outletId?: number | null;
  language?: IntakeLanguage;
  countryCode?: string | null;
  publishedAt?: string | null;
  status?: IntakeStatus;
  /** Words to mark as matched (every occurrence in the title and summary) and to count in the score. */
  words?: string[];
  score?: number;
}

/** The matches of `words` in a title and summary, as the relevance scoring stores them. */
export function matchesOf(title: string, summary: string, words: string[]): RelevanceMatch[] {
  const out: RelevanceMatch[] = [];
  for (const [field, text] of [['title', title], ['summary', summary]] as const)
    for (const word of words) {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf(word.toLowerCase()); at >= 0; at = lower.indexOf(word.toLowerCase(), at + word.length))
        out.push({ field, start: at, end: at + word.length, text: text.slice(at, at + word.length), term: word });
    }
  return out;
}

/** Stores an inbox item directly (as the poller would), with its matches; returns its id. */
export function insertTestItem(db: DbOrTx, item: TestItem): number {
  const matches = matchesOf(item.title, item.summary ?? '', item.words ?? []);
  const id = insertIntakeItem(db, {
    url: item.url,
    canonicalUrl: sourceMatchKey(item.url),
    title: item.title,
    summary: item.summary ?? '',
    text: item.text ?? '',
    outletId: item.outletId ?? null,
    language: item.language ?? 'ru',
    countryCode: item.countryCode ?? null,
    publishedAt: item.publishedAt ?? null,
    status: item.status ?? 'new',
    score: item.score ?? matches.length,
    matchedTerms: JSON.stringify(matches),
  });
  if (id == null) throw new Error(`An item with the URL ${item.url} is stored already`);
  return id;
}

/** An outlet for tests; returns its id. */
export function insertTestOutlet(db: DbOrTx, outlet: { name: string; countryCode?: string | null; language?: IntakeLanguage; siteUrl?: string; feedUrl?: string | null; active?: boolean }): number {
  return insertOutlet(db, {
    name: outlet.name,
    countryCode: outlet.countryCode ?? null,
    language: outlet.language ?? 'ru',
    siteUrl: outlet.siteUrl ?? '',
    feedUrl: outlet.feedUrl ?? null,
    active: outlet.active ?? false,
  });
}
