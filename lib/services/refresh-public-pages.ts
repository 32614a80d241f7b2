import { revalidatePath } from 'next/cache';
import { bumpPublicPagesGeneration } from './public-pages-generation';

/**
 * Public pages (archive, issue pages, web editions) are served from Next's cache and from the front
 * server's page cache, and change only when something is published. Call this after a publication
 * (or a correction) has committed, from the server action that did it: it marks every page under the
 * root layout stale in Next's cache, so each is rendered afresh on its next visit, and empties the
 * front server's cache.
 * Outside a Next request (CLI scripts, tests) there is no page cache to refresh: pages catch up
 * within their `revalidate` interval, and the front server sees the new release files itself.
 */
export function refreshPublicPages(): void {
  try {
    revalidatePath('/', 'layout');
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith('Invariant: static generation store missing'))) throw error;
  } finally {
    bumpPublicPagesGeneration();
  }
}
