import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DashboardCursor } from '@/lib/db/queries/dashboard';
import type { Role } from '@/lib/domain/workflow';
import { dashboardHref, type DashboardParams } from './dashboard-params';
import styles from './dashboard.module.css';

/** Newer / older pages by keyset cursor: each page costs the same, however deep. */
export async function Pager({ params, prev, next, role }: { params: DashboardParams; prev: DashboardCursor | null; next: DashboardCursor | null; role: Role }) {
  if (!prev && !next) return null;
  const t = await getTranslations('desk.dashboard.pagination');
  const at = (cursor: Partial<Pick<DashboardParams, 'after' | 'before'>>) => dashboardHref({ ...params, after: null, before: null, ...cursor }, role);
  return (
    <nav className={styles.pager} aria-label={t('label')}>
      <ul>
        {prev && (
          <li>
            <Link href={at({})}>{t('first')}</Link>
          </li>
        )}
        {prev && (
          <li>
            <Link href={at({ before: prev })} rel="prev">
              {t('newer')}
            </Link>
          </li>
        )}
      </ul>
      {next && (
        <Link href={at({ after: next })} rel="next">
          {t('older')}
        </Link>
      )}
    </nav>
  );
}
