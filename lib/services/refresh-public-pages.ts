import { revalidatePath } from 'next/cache';

/**
 * Public pages (archive, issue pages, web editions) are served from Next's cache and change only
 * when something is published. Call this after a publication (or a correction) has committed,
 * from the server action or service that published it: it marks every page under the root
 * layout stale, so each is rendered afresh on its next visit.
 * Outside a Next request (CLI scripts, tests) there is no page cache to refresh: it does nothing,
 * and pages catch up within their `revalidate` interval.
 */
export function refreshPublicPages(): void {
  try {
    revalidatePath('/', 'layout');
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invariant: static generation store missing')) return;
    throw error;
  }
}
