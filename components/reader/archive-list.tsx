import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Lang } from '@/lib/domain/lang';
import { groupByYear, type ArchiveIssue } from '@/lib/services/load-archive';
import { IssueCard } from './issue-card';
import styles from './archive-list.module.css';

/** Published issues by year, newest first. */
export async function ArchiveList({ issues, locale }: { issues: ArchiveIssue[]; locale: Lang }) {
  const t = await getTranslations('archive');
  const figures = await getTranslations('reader.figures');
  return groupByYear(issues).map(({ year, items }) => (
    <section key={year} className={styles.year} aria-labelledby={`year-${year}`}>
      <h2 id={`year-${year}`}>{t('year', { year })}</h2>
      <p className={styles.figures}>
        <Link href={`/releases/${year}`}>{figures('link', { year })}</Link>
      </p>
      <ul className={styles.issues}>
        {items.map((issue) => (
          <li key={issue.number}>
            <IssueCard issue={issue} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  ));
}
