import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import styles from '@/components/admin/admin.module.css';
import own from './intake.module.css';

type Option = { value: string; label: string };

export interface InboxFilterValues {
  status: string;
  outlet: string;
  country: string;
  lang: string;
  from: string;
  to: string;
}

/** The inbox filters as a plain GET form (works without JavaScript; the address can be shared). */
export async function InboxFilters({ values, outlets, countries, languages }: { values: InboxFilterValues; outlets: Option[]; countries: Option[]; languages: Option[] }) {
  const t = await getTranslations('intake.inbox');
  const select = (name: keyof InboxFilterValues, label: string, options: Option[]) => (
    <div className={styles.field}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name]}>
        <option value="">{t('any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/desk/inbox" className={own.filters} aria-label={t('filtersLabel')}>
      {values.status !== 'new' && <input type="hidden" name="status" value={values.status} />}
      {select('outlet', t('outlet'), outlets)}
      {select('country', t('country'), countries)}
      {select('lang', t('language'), languages)}
      <div className={styles.field}>
        <label htmlFor="filter-from">{t('from')}</label>
        <input id="filter-from" type="date" name="from" defaultValue={values.from} />
      </div>
      <div className={styles.field}>
        <label htmlFor="filter-to">{t('to')}</label>
        <input id="filter-to" type="date" name="to" defaultValue={values.to} />
      </div>
      <div className={`${styles.buttons} ${own.filterButtons}`}>
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link href={values.status === 'new' ? '/desk/inbox' : `/desk/inbox?status=${values.status}`}>{t('clear')}</Link>
      </div>
    </form>
  );
}
