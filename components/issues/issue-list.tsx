import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { DeskIssueListing } from '@/lib/db/queries/issue-desk';
import { issueHref } from './article-label';
import { StatusBadge } from './status-badge';
import styles from './issues.module.css';
import { formatDate, formatPeriod } from '@/lib/domain/date-format';

export async function IssueList({ issues }: { issues: DeskIssueListing[] }) {
  const t = await getTranslations('issues.list');
  const locale = await getLocale();
  if (issues.length === 0) return <p className="empty">{t('empty')}</p>;
  return (
    <table className={styles.table}>
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('number')}</th>
          <th scope="col">{t('period')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('articles')}</th>
          <th scope="col">{t('revision')}</th>
          <th scope="col">{t('publishedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => (
          <tr key={issue.id}>
            <th scope="row">
              <Link href={issueHref(issue.id)}>{t('issueLabel', { number: issue.number, year: issue.year })}</Link>
            </th>
            <td>{formatPeriod(issue.periodStart, issue.periodEnd, locale)}</td>
            <td>
              <StatusBadge status={issue.status} />
            </td>
            <td>{issue.articleCount}</td>
            <td>{issue.revision > 0 ? issue.revision : t('never')}</td>
            <td>{issue.publishedAt ? formatDate(issue.publishedAt, locale) : t('never')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
