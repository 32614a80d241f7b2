import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { DashboardRow } from '@/lib/db/queries/dashboard';
import { otherLang, type Lang } from '@/lib/domain/lang';
import styles from './dashboard.module.css';
import { formatDate, formatDateTime } from '@/lib/domain/date-format';

function TitleCell({ row, lang, untitled, onlyIn }: { row: DashboardRow; lang: Lang; untitled: string; onlyIn: string }) {
  const own = lang === 'en' ? row.titleEn : row.titleRu;
  const other = lang === 'en' ? row.titleRu : row.titleEn;
  const shown = own.trim() || other.trim();
  return (
    <Link href={`/desk/articles/${row.id}`} lang={own.trim() ? undefined : otherLang(lang)}>
      {shown ? shown : <span className={styles.untitled}>{untitled}</span>}
      {!own.trim() && other.trim() && <span className={styles.onlyIn}>{onlyIn}</span>}
    </Link>
  );
}

export async function ArticleTable({ rows, caption, lang }: { rows: DashboardRow[]; caption: string; lang: Lang }) {
  const t = await getTranslations('desk');
  const locale = await getLocale();
  const eventDate = (date: string) => formatDate(date, locale);
  const updated = (at: string) => formatDateTime(at, locale);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.table.title')}</th>
            <th scope="col">{t('dashboard.table.country')}</th>
            <th scope="col">{t('dashboard.table.eventDate')}</th>
            <th scope="col">{t('dashboard.table.status')}</th>
            <th scope="col">{t('dashboard.table.author')}</th>
            <th scope="col">{t('dashboard.table.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={styles.title}>
                <TitleCell
                  row={row}
                  lang={lang}
                  untitled={t('dashboard.table.untitled')}
                  onlyIn={t('dashboard.table.onlyIn', { lang: t(`langs.${otherLang(lang)}`) })}
                />
              </td>
              <td>{lang === 'en' ? row.countryEn : row.countryRu}</td>
              <td className={styles.nowrap}>
                <time dateTime={row.eventDate}>{eventDate(row.eventDate)}</time>
              </td>
              <td>
                <span className={`${styles.status} ${styles[row.status]}`}>{t(`status.${row.status}`)}</span>
              </td>
              <td className={styles.nowrap}>{row.authorName ?? <span className={styles.muted}>{t('dashboard.table.nobody')}</span>}</td>
              <td className={`${styles.nowrap} ${styles.muted}`}>
                <time dateTime={row.updatedAt}>{updated(row.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
