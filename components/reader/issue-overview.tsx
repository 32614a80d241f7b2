import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LANGS, type Lang } from '@/lib/domain/lang';
import { readingPath } from '@/lib/domain/release-urls';
import type { ReaderIssue } from '@/lib/services/load-reader-issue';
import { EarlierRevisions } from './earlier-revisions';
import { EditionDownloads } from './edition-downloads';
import { IssueContents } from './issue-contents';
import styles from './reader.module.css';
import { formatDate, formatPeriod } from '@/lib/domain/date-format';

/** The page of one published issue: downloads with checksums, web reading, contents, earlier revisions. */
export async function IssueOverview({ issue, locale }: { issue: ReaderIssue; locale: Lang }) {
  const t = await getTranslations('reader');
  const date = (iso: string | null) => (iso ? formatDate(iso, locale) : '');
  return (
    <>
      <nav aria-label={t('breadcrumb')} className={styles.breadcrumb}>
        <Link href="/">{t('backToArchive')}</Link>
      </nav>
      <h1>{t('issueTitle', { number: issue.number, year: issue.year })}</h1>
      <p className={styles.meta}>
        {t('period', { period: formatPeriod(issue.periodStart, issue.periodEnd, locale) })} · {t('articles', { count: issue.articleCount })}
        <br />
        {issue.revision > 1
          ? t('corrected', { revision: issue.revision, date: date(issue.latest.publishedAt) })
          : t('published', { date: date(issue.publishedAt ?? issue.latest.publishedAt) })}
      </p>

      <section className={styles.block} aria-labelledby="downloads">
        <h2 id="downloads">{t('downloads.title')}</h2>
        <EditionDownloads files={issue.latest.files} locale={locale} />
        <p className={styles.note}>{t('downloads.verify')}</p>
      </section>

      <section className={styles.block} aria-labelledby="read-online">
        <h2 id="read-online">{t('read.title')}</h2>
        <p>
          {t('read.intro')}{' '}
          {LANGS.filter((lang) => issue.latest.files.some((f) => f.lang === lang)).map((lang, i) => (
            <span key={lang}>
              {i > 0 && ' · '}
              <Link href={readingPath(issue, lang)} hrefLang={lang}>
                {t(`read.${lang}`)}
              </Link>
            </span>
          ))}
        </p>
      </section>

      <section className={styles.block} aria-labelledby="contents">
        <h2 id="contents">{t('contents.title')}</h2>
        <IssueContents sections={issue.sections} />
      </section>

      {issue.earlier.length > 0 && <EarlierRevisions revisions={issue.earlier} locale={locale} />}
    </>
  );
}
