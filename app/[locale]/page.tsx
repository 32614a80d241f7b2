import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IssueCard } from '@/components/issue-card';
import { getDb } from '@/lib/db/instance';
import { listPublishedIssues, type IssueListing } from '@/lib/db/queries/issues';

/** Public pages are cached; publishing refreshes them at once (revalidatePath), this is a backstop. */
export const revalidate = 300;

export default async function ArchivePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations('archive');
  const issues = listPublishedIssues(getDb());
  const years = groupByYear(issues);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {issues.length === 0 && <p className="empty">{t('empty')}</p>}
      {years.map(([year, list]) => (
        <section key={year} className="year-group" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{t('year', { year })}</h2>
          <ul className="issue-list">
            {list.map((issue) => (
              <li key={issue.id}>
                <IssueCard issue={issue} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function groupByYear(issues: IssueListing[]): Array<[number, IssueListing[]]> {
  const map = new Map<number, IssueListing[]>();
  for (const issue of issues) map.set(issue.year, [...(map.get(issue.year) ?? []), issue]);
  return [...map.entries()];
}
