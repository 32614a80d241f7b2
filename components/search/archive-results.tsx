import { getFormatter, getTranslations } from 'next-intl/server';
import type { ArchiveSearchResult, SearchOutcome } from '@/lib/services/search/search-archive';
import type { SearchParams } from '@/lib/services/search/search-input';
import { Highlighted } from './highlighted';
import { SearchPages } from './search-pages';
import styles from './search.module.css';

/** The public search's answer: a message for a bad query, else the results with their links. */
export async function ArchiveResults({ outcome, params }: { outcome: SearchOutcome<ArchiveSearchResult>; params: SearchParams }) {
  const t = await getTranslations('search');
  const format = await getFormatter();
  if (outcome.state === 'idle') return null;
  if (outcome.state === 'error') {
    return (
      <p role="alert" className={styles.error}>
        {t(`errors.${outcome.error}`)}
      </p>
    );
  }
  return (
    <section aria-label={t('resultsTitle')} className={styles.results}>
      <p role="status">{t('results', { total: outcome.total })}</p>
      <ol className={styles.list}>
        {outcome.results.map((r) => (
          <li key={`${r.year}-${r.number}-${r.articleId}`} lang={r.lang} className={styles.result}>
            <h3 className={styles.resultTitle}>
              <a href={r.webHref}>
                <Highlighted parts={r.title} />
              </a>
            </h3>
            <p className={styles.meta}>
              {r.countryName} · <time dateTime={r.eventDate}>{format.dateTime(new Date(`${r.eventDate}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</time> ·{' '}
              {t('issue', { number: r.number, year: r.year })}
              {r.pdfHref && (
                <>
                  {' · '}
                  <a href={r.pdfHref} type="application/pdf">
                    {t('inPdf', { page: Number(/#page=(\d+)/.exec(r.pdfHref)?.[1] ?? 0) })}
                  </a>
                </>
              )}
            </p>
            <p className={styles.snippet}>
              <Highlighted parts={r.snippet} />
            </p>
          </li>
        ))}
      </ol>
      <SearchPages action="/search" params={params} page={outcome.page} pageCount={outcome.pageCount} />
    </section>
  );
}
