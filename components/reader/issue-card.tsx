import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { formatFileSize } from '@/lib/domain/file-size';
import type { Lang } from '@/lib/domain/lang';
import { formatPeriod } from '@/lib/domain/date-format';
import { issuePath } from '@/lib/domain/release-urls';
import type { ArchiveIssue } from '@/lib/services/load-archive';
import styles from './issue-card.module.css';

/** One issue in the archive: cover, number, period, article count and both downloads with their sizes. */
export async function IssueCard({ issue, locale }: { issue: ArchiveIssue; locale: Lang }) {
  const t = await getTranslations('archive');
  const href = issuePath(issue);
  const headingId = `issue-${issue.year}-${issue.number}`;
  const cover = issue.editions.find((e) => e.lang === locale) ?? issue.editions[0];
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      {cover && (
        <Link href={href} className={styles.cover} tabIndex={-1} aria-hidden="true">
          {/* Stored thumbnails are already small WebP files: no image optimiser needed. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={cover.coverHref} alt={t('coverAlt', { number: issue.number, year: issue.year })} width={120} height={170} loading="lazy" decoding="async" />
        </Link>
      )}
      <div className={styles.body}>
        <h3 id={headingId} className={styles.title}>
          <Link href={href}>{t('issue', { number: issue.number })}</Link>
        </h3>
        <p className={styles.meta}>
          {t('period', { period: formatPeriod(issue.periodStart, issue.periodEnd, locale) })}
          <br />
          {t('articles', { count: issue.articleCount })}
        </p>
        <ul className={styles.downloads}>
          {issue.editions.map((edition) => (
            <li key={edition.lang}>
              <a
                className="button primary"
                href={edition.href}
                hrefLang={edition.lang}
                type="application/pdf"
                download
                aria-describedby={headingId}
              >
                {t('download', { edition: t(`edition.${edition.lang}`), size: formatFileSize(edition.bytes, locale) })}
              </a>
            </li>
          ))}
        </ul>
        <Link href={href} className={styles.details}>
          {t('details')}
        </Link>
      </div>
    </article>
  );
}
