import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleTable } from '@/components/desk/dashboard/article-table';
import { DashboardFilters } from '@/components/desk/dashboard/dashboard-filters';
import { hasFilters, parseDashboardParams } from '@/components/desk/dashboard/dashboard-params';
import { Pager } from '@/components/desk/dashboard/pager';
import { QueueTabs } from '@/components/desk/dashboard/queue-tabs';
import { DeskAlerts } from '@/components/desk/desk-alerts';
import { MailNotificationsForm } from '@/components/desk/mail-notifications-form';
import { ClientMessages } from '@/components/client-messages';
import { deskAlerts } from '@/lib/domain/desk-alerts';
import styles from '@/components/desk/dashboard/dashboard.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listCountryOptions } from '@/lib/db/queries/countries';
import { countQueues, listDashboardArticles } from '@/lib/db/queries/dashboard';
import { findUserById } from '@/lib/db/queries/users';
import { mailSettingsFromEnv } from '@/lib/mail/mail-settings';
import { isLang } from '@/lib/domain/lang';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'desk' });
  return { title: `${t('dashboard.title')} — Release Desk` };
}

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const lang = isLang(locale) ? locale : 'en';
  const raw = await searchParams;
  const { user } = await requirePageUser(`/desk${queryString(raw)}`);
  const query = parseDashboardParams(raw, user.role);
  const t = await getTranslations('desk.dashboard');

  const db = getDb();
  const page = listDashboardArticles(
    db,
    {
      queue: query.queue,
      userId: user.id,
      country: query.country || undefined,
      status: query.status || undefined,
      from: query.from || undefined,
      to: query.to || undefined,
      search: query.q || undefined,
    },
    { after: query.after, before: query.before },
  );
  const counts = countQueues(db, user.id);
  const queueName = t(`queues.${query.queue}`);

  return (
    <>
      <div className={styles.heading}>
        <h1>{t('title')}</h1>
        <Link href="/desk/articles/new" className="button primary">
          {t('newArticle')}
        </Link>
      </div>
      <DeskAlerts alerts={deskAlerts(user.role, counts).filter((alert) => alert.kind !== query.queue)} variant="dashboard" />
      <QueueTabs params={query} counts={counts} role={user.role} />
      <p className={styles.help}>{t(`queueHelp.${query.queue}`)}</p>
      <DashboardFilters params={query} countries={listCountryOptions(db, lang)} role={user.role} />
      {page.rows.length === 0 ? (
        <p className={styles.empty} role="status">
          {hasFilters(query) ? t('emptyFiltered') : t('empty')}
        </p>
      ) : (
        <ArticleTable rows={page.rows} caption={t('table.caption', { queue: queueName })} lang={lang} />
      )}
      <Pager params={query} prev={page.prev} next={page.next} role={user.role} />
      {mailSettingsFromEnv() ? (
        <ClientMessages namespaces={['desk']}>
          <MailNotificationsForm enabled={findUserById(db, user.id)?.mailNotifications ?? true} reviews={user.role !== 'editor'} />
        </ClientMessages>
      ) : null}
    </>
  );
}

function queryString(raw: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (typeof value === 'string') search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
