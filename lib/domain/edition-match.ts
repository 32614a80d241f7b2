import { sourceMatchKey } from './source-url';

/**
 * Pairs the articles of a second edition with the issue's existing articles by their source links
 * (never by position). Each incoming article takes the not yet paired existing article sharing
 * the most links with it; on a tie the first in issue order, so articles that share a link are
 * paired in order. Returns, per incoming article, the index of its counterpart or null.
 */
export function matchBySources(existing: string[][], incoming: string[][]): { counterpart: (number | null)[]; unmatched: number[] } {
  const existingKeys = existing.map((urls) => new Set(urls.map(sourceMatchKey)));
  const taken = new Set<number>();
  const counterpart = incoming.map((urls) => {
    const keys = new Set(urls.map(sourceMatchKey));
    let best: number | null = null;
    let bestShared = 0;
    existingKeys.forEach((candidate, i) => {
      if (taken.has(i)) return;
      let shared = 0;
      for (const key of keys) if (candidate.has(key)) shared++;
      if (shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    });
    if (best !== null) taken.add(best);
    return best;
  });
  const unmatched = existing.map((_, i) => i).filter((i) => !taken.has(i));
  return { counterpart, unmatched };
}

export interface OrderedArticle {
  id: number;
  countryCode: string;
}

/**
 * The issue order after adding the new articles of an edition: each goes after the last article of
 * its country; for a country not yet in the issue, after the article that precedes it in the
 * edition (or first). `edition` is the edition's file order, existing and new articles alike.
 */
export function insertIntoIssueOrder(order: OrderedArticle[], edition: OrderedArticle[], newIds: Set<number>): number[] {
  const result = [...order];
  edition.forEach((article, i) => {
    if (!newIds.has(article.id)) return;
    let at = findLastIndex(result, (a) => a.countryCode === article.countryCode);
    if (at < 0) {
      const before = edition.slice(0, i).reverse().find((a) => result.some((r) => r.id === a.id));
      at = before ? result.findIndex((r) => r.id === before.id) : -1;
    }
    result.splice(at + 1, 0, article);
  });
  return result.map((a) => a.id);
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}
