import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { SearchOutcome } from '@/lib/services/search/search-archive';
import type { SearchParams } from '@/lib/services/search/search-input';
import { SearchPages } from './search-pages';
import styles from './search.module.css';

/** A search's answer, for both searches: nothing yet, a message for a bad query, or the results and their pages. */
export async function OutcomeList<T>({
  outcome,
  params,
  action,
  keyOf,
  lang,
  children,
}: {
  outcome: SearchOutcome<T>;
  params: SearchParams;
  action: string;
  keyOf: (item: T) => string | number;
  lang: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  const t = await getTranslations('search');
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
        {outcome.results.map((item) => (
          <li key={keyOf(item)} lang={lang(item)} className={styles.result}>
            {children(item)}
          </li>
        ))}
      </ol>
      <SearchPages action={action} params={params} page={outcome.page} pageCount={outcome.pageCount} />
    </section>
  );
}
