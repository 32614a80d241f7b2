import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { CountryTable } from '@/components/admin/country-table';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listCountries } from '@/lib/db/queries/countries';
import { isLang } from '@/lib/domain/lang';
import { CAN_EDIT_COUNTRIES } from '@/lib/domain/workflow';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.countries' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function CountriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : '';
  const membersOnly = query.members === '1';
  const path = `/admin/countries${q || membersOnly ? `?${new URLSearchParams({ ...(q ? { q } : {}), ...(membersOnly ? { members: '1' } : {}) })}` : ''}`;
  const { user, allowed } = await requirePageUser(path, CAN_EDIT_COUNTRIES);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('admin.countries');
  const lang = isLang(locale) ? locale : 'en';
  const countries = listCountries(getDb(), { search: q, membersOnly }, lang);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <form method="get" action="/admin/countries" className={styles.search} role="search">
        <div className={styles.field}>
          <label htmlFor="country-q">{t('search')}</label>
          <input id="country-q" name="q" type="search" defaultValue={q} maxLength={100} aria-describedby="country-q-hint" />
          <span id="country-q-hint" className={styles.hint}>
            {t('searchHint')}
          </span>
        </div>
        <label className={styles.check}>
          <input type="checkbox" name="members" value="1" defaultChecked={membersOnly} />
          {t('membersOnly')}
        </label>
        <div className={styles.buttons}>
          <button type="submit" className="button primary">
            {t('apply')}
          </button>
          {(q || membersOnly) && <Link href="/admin/countries">{t('reset')}</Link>}
        </div>
      </form>
      {countries.length === 0 ? (
        <p className={styles.empty} role="status">
          {t('empty')}
        </p>
      ) : (
        <CountryTable countries={countries} lang={lang} />
      )}
    </>
  );
}
