import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DeskSearch } from '@/lib/services/search/search-desk';
import type { SearchParams } from '@/lib/services/search/search-input';
import { displaySourceUrl } from '@/lib/domain/source-url';
import { Highlighted } from './highlighted';
import { OutcomeList } from './outcome-list';
import styles from './search.module.css';
import { formatDate } from '@/lib/domain/date-format';

/** The desk search's answer: articles by text, or the articles citing a link or domain. */
export async function DeskResults({ found, params, locale }: { found: DeskSearch; params: SearchParams; locale: string }) {
  const t = await getTranslations('search');
  const status = await getTranslations('desk.status');
  const date = (iso: string) => formatDate(iso, locale);

  if (found.kind === 'source') {
    return (
      <section aria-label={t('resultsTitle')} className={styles.results}>
        <p role="status">{t('sources', { count: found.sources.length, host: found.host + found.path })}</p>
        {found.sources.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('article')}</th>
                <th scope="col">{t('sourceLink')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('eventDate')}</th>
                <th scope="col">{t('inIssue')}</th>
              </tr>
            </thead>
            <tbody>
              {found.sources.map((s) => (
                <tr key={`${s.articleId}-${s.url}`}>
                  <td>
                    <Link href={`/desk/articles/${s.articleId}`}>{(locale === 'ru' ? s.titleRu || s.titleEn : s.titleEn || s.titleRu) || `#${s.articleId}`}</Link>
                  </td>
                  <td>{displaySourceUrl(s.url)}</td>
                  <td>{status(s.status)}</td>
                  <td>
                    <time dateTime={s.eventDate}>{date(s.eventDate)}</time>
                  </td>
                  <td>{s.issue ?? t('notInIssue')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    );
  }

  return (
    <OutcomeList outcome={found.outcome} params={params} action="/desk/search" keyOf={(r) => r.articleId} lang={(r) => r.lang}>
      {(r) => (
        <>
          <h3 className={styles.resultTitle}>
            <Link href={`/desk/articles/${r.articleId}`}>
              <Highlighted parts={r.title} />
            </Link>
          </h3>
          <p className={styles.meta}>
            {status(r.status)} · {r.countryCode} · <time dateTime={r.eventDate}>{date(r.eventDate)}</time>
            {r.issue && ` · ${r.issue}`}
          </p>
          <p className={styles.snippet}>
            <Highlighted parts={r.snippet} />
          </p>
        </>
      )}
    </OutcomeList>
  );
}
