import { stemmedText } from '@/lib/domain/search/stemmed-text';
import { foldSearchText } from '@/lib/domain/search-text';
import type { Db } from './client';

/** SQL name of foldSearchText, for case-insensitive search in any script (SQLite's lower() is ASCII-only). */
export const FOLD_FUNCTION = 'fold_text';

const registered = new WeakSet<object>();

/** Registers fold_text(x) on the connection once; queries that search call this first. */
export function registerSearchFunction(db: Db): void {
  const client = db.$client;
  if (registered.has(client)) return;
  client.function(FOLD_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldSearchText(value) : value,
  );
  registered.add(client);
}

/** SQL name of stemmedText: the search index's triggers call it (migration 0012). */
export const STEM_FUNCTION = 'search_stem';

/**
 * Registers search_stem(x) on a new connection, before anything writes: the triggers that keep the
 * search index in step with articles and publications call it in the writing transaction itself.
 */
export function registerStemFunction(client: Db['$client']): void {
  client.function(STEM_FUNCTION, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? stemmedText(value) : '',
  );
}
