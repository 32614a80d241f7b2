import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { defaultQueue } from '@/lib/db/queries/dashboard';
import { STATES, type Role } from '@/lib/domain/workflow';
import { CountrySelect } from './country-select';
import { dashboardHref, type DashboardParams } from './dashboard-params';
import styles from './dashboard.module.css';

export interface CountryOption {
  code: string;
  name: string;
  isMember: boolean;
}

/** A plain GET form: the filters end up in the address, and work without JavaScript. */
export async function DashboardFilters({ params, countries, role }: { params: DashboardParams; countries: readonly CountryOption[]; role: Role }) {
  const t = await getTranslations('desk');
  const option = (c: CountryOption) => [c.code, c.name] as const;
  const members = countries.filter((c) => c.isMember).map(option);
  const others = countries.filter((c) => !c.isMember).map(option);
  const cleared = dashboardHref({ ...params, q: '', country: '', status: '', from: '', to: '', after: null, before: null }, role);
  return (
    <form method="get" action="/desk" className={styles.filters} role="search">
      <fieldset className={styles.fieldset}>
        <legend>{t('dashboard.filters.legend')}</legend>
        {params.queue !== defaultQueue(role) && <input type="hidden" name="queue" value={params.queue} />}
        <div className={styles.filterRow}>
          <div className={`${styles.field} ${styles.search}`}>
            <label htmlFor="filter-q">{t('dashboard.filters.search')}</label>
            <input id="filter-q" name="q" type="search" defaultValue={params.q} maxLength={200} aria-describedby="filter-q-hint" />
            <span id="filter-q-hint" className={styles.hint}>
              {t('dashboard.filters.searchHint')}
            </span>
          </div>
          <div className={styles.field}>
            <label htmlFor="filter-country">{t('dashboard.filters.country')}</label>
            <CountrySelect
              id="filter-country"
              name="country"
              defaultValue={params.country}
              anyLabel={t('dashboard.filters.anyCountry')}
              groups={[
                { label: t('dashboard.filters.members'), options: members },
                { label: t('dashboard.filters.others'), options: others },
              ]}
            />
          </div>
          {params.queue === 'all' && (
            <div className={styles.field}>
              <label htmlFor="filter-status">{t('dashboard.filters.status')}</label>
              <select id="filter-status" name="status" defaultValue={params.status}>
                <option value="">{t('dashboard.filters.anyStatus')}</option>
                {STATES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className={styles.field}>
            <label htmlFor="filter-from">{t('dashboard.filters.from')}</label>
            <input id="filter-from" name="from" type="date" defaultValue={params.from} />
          </div>
          <div className={styles.field}>
            <label htmlFor="filter-to">{t('dashboard.filters.to')}</label>
            <input id="filter-to" name="to" type="date" defaultValue={params.to} />
          </div>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button primary">
            {t('dashboard.filters.apply')}
          </button>
          <Link href={cleared}>{t('dashboard.filters.reset')}</Link>
        </div>
      </fieldset>
    </form>
  );
}
