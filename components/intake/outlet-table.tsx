import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/domain/date-format';
import type { OutletListing } from '@/lib/db/queries/outlets';
import { displaySourceUrl, webLinkTarget } from '@/lib/domain/source-url';
import styles from '@/components/admin/admin.module.css';
import own from './intake.module.css';

/** The outlets under Administration: the label as printed above a title, where it is from, its feed and how the feed is doing. */
export async function OutletTable({ outlets, countryNames }: { outlets: OutletListing[]; countryNames: Record<string, string> }) {
  const t = await getTranslations('intake');
  const format = await getFormatter();
  const locale = await getLocale();
  if (outlets.length === 0) return <p className={styles.empty}>{t('outlets.empty')}</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t('outlets.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outlets.name')}</th>
            <th scope="col">{t('outlets.country')}</th>
            <th scope="col">{t('outlets.language')}</th>
            <th scope="col">{t('outlets.siteAndFeed')}</th>
            <th scope="col">{t('outlets.status')}</th>
            <th scope="col">{t('outlets.lastFetch')}</th>
            <th scope="col">{t('outlets.items')}</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((outlet) => (
            <tr key={outlet.id} className={outlet.active ? undefined : styles.inactiveRow} data-outlet={outlet.name}>
              <th scope="row">
                <Link href={`/admin/outlets/${outlet.id}`} className={own.outletLabel} aria-label={t('outlets.edit', { name: outlet.name })}>
                  {outlet.name}
                </Link>
              </th>
              <td className={styles.nowrap}>{outlet.countryCode ? (countryNames[outlet.countryCode] ?? outlet.countryCode) : <span className={styles.muted}>—</span>}</td>
              <td className={styles.nowrap}>{t(`languages.${outlet.language}`)}</td>
              <td className={own.links}>
                <LinkLine href={outlet.siteUrl} label={t('outlets.site')} />
                <LinkLine href={outlet.feedUrl} label={t('outlets.feed')} none={t('outlets.noFeed')} />
              </td>
              <td>
                <span className={`${styles.badge} ${outlet.active ? styles.badgeActive : styles.badgeInactive}`}>{outlet.active ? t('outlets.active') : t('outlets.inactive')}</span>
              </td>
              <td>
                {outlet.lastFetchedAt ? (
                  <span className={styles.nowrap}>{formatDateTime(outlet.lastFetchedAt, locale)}</span>
                ) : (
                  <span className={styles.muted}>{t('outlets.never')}</span>
                )}
                {outlet.lastError && (
                  <span className={own.feedError}>
                    {t('outlets.lastError', { error: outlet.lastError, count: outlet.failureCount })}
                  </span>
                )}
              </td>
              <td>{format.number(outlet.itemCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LinkLine({ href, label, none }: { href: string | null; label: string; none?: string }) {
  const target = webLinkTarget(href);
  if (!href || !target)
    return none ? (
      <span className={styles.muted}>
        {label}: {none}
      </span>
    ) : null;
  return (
    <span>
      {label}:{' '}
      <a href={target} rel="noopener noreferrer nofollow" target="_blank" className={styles.mono}>
        {displaySourceUrl(href)}
      </a>
    </span>
  );
}
