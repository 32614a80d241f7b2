import path from 'node:path';
import { openDatabase } from '@/lib/db/client';
import { SYSTEM_ACTOR } from '@/lib/services/actor';
import { createApprovedArticle, type ArticleSpec } from '@/tests/helpers/approved-articles';

/** The database of the web server that playwright.config.ts starts. */
export const SERVER_DATABASE = process.env.E2E_DATABASE_PATH || path.resolve('test-results/e2e/server-data/release-desk.db');

/**
 * Writes, submits and approves articles through the editorial services, directly in the server's
 * database (the setup of a spec; the article editor has its own specs). Returns their ids.
 */
export function approveArticles(specs: ArticleSpec[]): number[] {
  const db = openDatabase(SERVER_DATABASE, { migrate: false });
  try {
    return specs.map((spec) => createApprovedArticle(db, SYSTEM_ACTOR, spec));
  } finally {
    db.$client.close();
  }
}
