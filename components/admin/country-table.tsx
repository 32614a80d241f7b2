import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CountryRow } from '@/lib/db/queries/countries';
import type { Lang } from '@/lib/domain/lang';
import type { NameOrigin } from '@/lib/domain/country-name-origin';
import styles from './admin.module.css';

export async function CountryTable({ countries, lang }: { countries: CountryRow[]; lang: Lang }) {
  const t = await getTranslations('admin.countries');
  const short = (c: CountryRow) => (lang === 'ru' ? c.shortRu : c.shortEn);
  const origin = (value: NameOrigin | null) => t(`origin.${value ?? 'unknown'}`);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption role="status">{t('caption', { count: countries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('code')}</th>
            <th scope="col">{t('shortName')}</th>
            <th scope="col">{t('heading')} (EN)</th>
            <th scope="col">{t('heading')} (RU)</th>
            <th scope="col">{t('member')}</th>
            <th scope="col">
              <span className={styles.visuallyHidden}>{t('edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {countries.map((c) => (
            <tr key={c.code}>
              <td className={styles.mono}>{c.code}</td>
              <th scope="row">
                {short(c)}
                <span className={styles.muted} lang={lang === 'ru' ? 'en' : 'ru'}>
                  {' '}
                  / {lang === 'ru' ? c.shortEn : c.shortRu}
                </span>
                <Origin label={origin(lang === 'ru' ? c.shortRuOrigin : c.shortEnOrigin)} lang={lang} />
              </th>
              <td lang="en">
                {c.headingEn}
                <Origin label={origin(c.headingEnOrigin)} lang={lang} />
              </td>
              <td lang="ru">
                {c.headingRu}
                <Origin label={origin(c.headingRuOrigin)} lang={lang} />
              </td>
              <td className={styles.nowrap}>{c.isMember ? <span className={`${styles.badge} ${styles.badgeActive}`}>{t('order', { order: c.memberOrder ?? '?' })}</span> : ''}</td>
              <td>
                <Link href={`/admin/countries/${c.code}`} aria-label={t('editCountry', { name: short(c) })}>
                  {t('edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where a name came from, on its own line under it, in the language of the screen. */
function Origin({ label, lang }: { label: string; lang: Lang }) {
  return (
    <small className={`${styles.muted} ${styles.origin}`} lang={lang}>
      {label}
    </small>
  );
}
