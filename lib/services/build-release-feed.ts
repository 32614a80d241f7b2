import type { DbOrTx } from '@/lib/db/client';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { buildAtomFeed, type AtomLink } from '@/lib/domain/atom-feed';
import type { Lang } from '@/lib/domain/lang';
import { formatCoverPeriod } from '@/lib/domain/period';
import { issuePath } from '@/lib/domain/release-urls';
import { correctionNotes } from './correction-notes';
import { loadArchive } from './load-archive';

/** The feed's words, from the `reader` messages (feed.*, edition.*) in the feed's language. */
export type FeedTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The Atom feed of published issues: one entry per issue (updated when a correction is
 * published), linking the issue page and both PDF editions, with absolute URLs on `baseUrl`.
 */
export function buildReleaseFeed(db: DbOrTx, options: { baseUrl: string; lang: Lang; t: FeedTranslate }): string {
  const { lang, t } = options;
  const base = options.baseUrl.replace(/\/+$/, '');
  const issues = loadArchive(db);
  const org = getOrganisation(db);
  const updated = issues.map((i) => i.publishedAt ?? '').sort().at(-1) || new Date(0).toISOString();
  return buildAtomFeed({
    id: `${base}/feed.xml`,
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    lang,
    updated,
    author: lang === 'en' ? org.shortNameEn : org.shortNameRu,
    links: [
      { rel: 'self', href: `${base}/feed.xml${lang === 'en' ? '' : `?lang=${lang}`}`, type: 'application/atom+xml' },
      { rel: 'alternate', href: `${base}/`, type: 'text/html' },
    ],
    entries: issues.map((issue) => {
      const page = `${base}${issuePath(issue)}`;
      const period = formatCoverPeriod(issue.periodStart, issue.periodEnd);
      const values = { number: issue.number, year: issue.year, period, count: issue.articleCount };
      const editions: AtomLink[] = issue.editions.map((e) => ({
        rel: 'enclosure',
        href: `${base}${e.href}`,
        type: 'application/pdf',
        hreflang: e.lang,
        length: e.bytes,
        title: t('feed.edition', { edition: t(`edition.${e.lang}`) }),
      }));
      return {
        id: page,
        title: t('feed.entryTitle', values),
        updated: issue.publishedAt ?? updated,
        // A corrected issue says what its corrections changed, revision by revision.
        summary: [t('feed.entrySummary', values), ...correctionNotes(db, issue, lang).map((c) => t('feed.correction', { revision: c.revision, note: c.note }))].join(' '),
        links: [{ rel: 'alternate', href: page, type: 'text/html', title: t('feed.issuePage') }, ...editions],
      };
    }),
  });
}
