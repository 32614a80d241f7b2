import { getTranslations } from 'next-intl/server';
import { SEARCH_SORTS } from '@/lib/db/queries/search';
import { LANGS } from '@/lib/domain/lang';
import { STATES } from '@/lib/domain/workflow';
import type { SearchParams } from '@/lib/services/search/search-input';
import styles from './search.module.css';

interface Options {
  countries: ReadonlyArray<{ code: string; name: string }>;
  years: number[];
  /** The desk's form also filters by workflow state. */
  withStatus?: boolean;
  statusLabel?: (state: string) => string;
}

/** A plain GET form (works without JavaScript); what was asked stays in the fields. */
export async function SearchForm({ action, params, options }: { action: string; params: SearchParams; options: Options }) {
  const t = await getTranslations('search');
  return (
    <form method="get" action={action} role="search" className={styles.form}>
      <p className={styles.queryRow}>
        <label htmlFor="search-q">{t('query')}</label>
        <input id="search-q" name="q" type="search" defaultValue={params.q} maxLength={300} aria-describedby="search-syntax" autoComplete="off" />
        <button type="submit" className="button primary">
          {t('submit')}
        </button>
      </p>
      <p id="search-syntax" className={styles.hint}>
        {t('syntax')}
      </p>
      <fieldset className={styles.filters}>
        <label>
          {t('country')}
          <select name="country" defaultValue={params.country ?? ''}>
            <option value="">{t('anyCountry')}</option>
            {options.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('year')}
          <select name="year" defaultValue={params.year ? String(params.year) : ''}>
            <option value="">{t('anyYear')}</option>
            {options.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('language')}
          <select name="lang" defaultValue={params.lang ?? ''}>
            <option value="">{t('anyLanguage')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        {options.withStatus && (
          <label>
            {t('status')}
            <select name="status" defaultValue={params.status ?? ''}>
              <option value="">{t('anyStatus')}</option>
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {options.statusLabel?.(s) ?? s}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('sort')}
          <select name="sort" defaultValue={params.sort ?? 'relevance'}>
            {SEARCH_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </form>
  );
}
