import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { QUEUES, type Queue } from '@/lib/db/queries/dashboard';
import type { Role } from '@/lib/domain/workflow';
import { dashboardHref, type DashboardParams } from './dashboard-params';
import styles from './dashboard.module.css';

/** The queues as links that keep the filters (a new queue starts on its first page). */
export async function QueueTabs({ params, counts, role }: { params: DashboardParams; counts: Record<Queue, number>; role: Role }) {
  const t = await getTranslations('desk.dashboard');
  return (
    <nav className={styles.queues} aria-label={t('queues.label')}>
      <ul>
        {QUEUES.map((queue) => (
          <li key={queue}>
            <Link
              href={dashboardHref({ ...params, queue, after: null, before: null }, role)}
              aria-current={queue === params.queue ? 'page' : undefined}
            >
              {t(`queues.${queue}`)}
              <span className={styles.count}>{counts[queue]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
