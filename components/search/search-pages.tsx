import { getTranslations } from 'next-intl/server';
import type { SearchParams } from '@/lib/services/search/search-input';
import styles from './search.module.css';

/** Previous / next links that keep the query and filters. */
export async function SearchPages({ action, params, page, pageCount }: { action: string; params: SearchParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('search');
  const href = (n: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, page: n })) if (value !== undefined && value !== '') query.set(key, String(value));
    return `${action}?${query}`;
  };
  return (
    <nav className={styles.pages} aria-label={t('pageOf', { page, pages: pageCount })}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t('previous')}
        </a>
      )}
      <span>{t('pageOf', { page, pages: pageCount })}</span>
      {page < pageCount && (
        <a href={href(page + 1)} rel="next">
          {t('next')}
        </a>
      )}
    </nav>
  );
}
