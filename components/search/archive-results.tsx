import { getLocale, getTranslations } from 'next-intl/server';
import type { ArchiveSearchResult, SearchOutcome } from '@/lib/services/search/search-archive';
import type { SearchParams } from '@/lib/services/search/search-input';
import { Highlighted } from './highlighted';
import { OutcomeList } from './outcome-list';
import styles from './search.module.css';
import { formatDate } from '@/lib/domain/date-format';

/** The public search's answer: each result with its country, date, issue and links to the web edition and the PDF page. */
export async function ArchiveResults({ outcome, params }: { outcome: SearchOutcome<ArchiveSearchResult>; params: SearchParams }) {
  const t = await getTranslations('search');
  const locale = await getLocale();
  return (
    <OutcomeList outcome={outcome} params={params} action="/search" keyOf={(r) => `${r.year}-${r.number}-${r.articleId}`} lang={(r) => r.lang}>
      {(r) => (
        <>
          <h3 className={styles.resultTitle}>
            <a href={r.webHref}>
              <Highlighted parts={r.title} />
            </a>
          </h3>
          <p className={styles.meta}>
            {r.countryName} · <time dateTime={r.eventDate}>{formatDate(r.eventDate, locale)}</time> ·{' '}
            {t('issue', { number: r.number, year: r.year })}
            {r.pdfHref && r.page && (
              <>
                {' · '}
                <a href={r.pdfHref} type="application/pdf">
                  {t('inPdf', { page: r.page })}
                </a>
              </>
            )}
          </p>
          <p className={styles.snippet}>
            <Highlighted parts={r.snippet} />
          </p>
        </>
      )}
    </OutcomeList>
  );
}
