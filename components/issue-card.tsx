import { getTranslations } from 'next-intl/server';
import type { IssueListing } from '@/lib/db/queries/issues';
import { formatCoverPeriod } from '@/lib/domain/period';

export async function IssueCard({ issue }: { issue: IssueListing }) {
  const t = await getTranslations('archive');
  const base = `/releases/${issue.year}/${issue.number}`;
  const title = t('issue', { number: issue.number });
  return (
    <article className="issue-card" aria-label={`${title}, ${issue.year}`}>
      <h3>{title}</h3>
      <span className="meta">{t('period', { period: formatCoverPeriod(issue.periodStart, issue.periodEnd) })}</span>
      <span className="meta">{t('articles', { count: issue.articleCount })}</span>
      <div className="downloads">
        <a className="button primary" href={`${base}/en.pdf`} hrefLang="en" type="application/pdf">
          {t('downloadEn')}
        </a>
        <a className="button primary" href={`${base}/ru.pdf`} hrefLang="ru" type="application/pdf">
          {t('downloadRu')}
        </a>
      </div>
    </article>
  );
}
