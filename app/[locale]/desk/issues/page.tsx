import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listDeskIssues, listIssueNumbersByYear } from '@/lib/db/queries/issue-desk';
import { defaultIssuePeriod } from '@/lib/domain/issue-numbering';
import { CAN_ASSEMBLE_ISSUES } from '@/lib/domain/workflow';
import { ClientMessages } from '@/components/client-messages';
import { IssueList } from '@/components/issues/issue-list';
import { NewIssueForm } from '@/components/issues/new-issue-form';
import styles from '@/components/issues/issues.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('issues.list');
  return { title: t('title') };
}

export default async function IssuesPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { user } = await requirePageUser('/desk/issues');
  const t = await getTranslations('issues');
  const tImport = await getTranslations('releaseImport');
  const db = getDb();
  const canAssemble = CAN_ASSEMBLE_ISSUES.includes(user.role);
  const period = defaultIssuePeriod(new Date());
  return (
    <div className={styles.page}>
      <div>
        <h1>{t('list.title')}</h1>
        <p className="lead">{t('list.intro')}</p>
      </div>
      {canAssemble ? (
        <section className={styles.panel} aria-labelledby="new-issue">
          <h2 id="new-issue">{t('create.title')}</h2>
          <p className={styles.hint}>
            {t('create.intro')} <Link href="/desk/issues/import">{tImport('link')}</Link>
          </p>
          <ClientMessages namespaces={['issues']}>
            <NewIssueForm
              defaults={{ periodStart: period.start, periodEnd: period.end }}
              takenByYear={listIssueNumbersByYear(db)}
            />
          </ClientMessages>
        </section>
      ) : null}
      <IssueList issues={listDeskIssues(db)} />
    </div>
  );
}
