import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DeskAlert } from '@/lib/domain/desk-alerts';
import styles from './desk.module.css';

/** Counts of what waits (sent back, to review), each a link to its dashboard queue. */
export async function DeskAlerts({ alerts, variant }: { alerts: DeskAlert[]; variant: 'header' | 'dashboard' }) {
  const t = await getTranslations('desk.alerts');
  if (alerts.length === 0) return null;
  if (variant === 'header') {
    return (
      <ul className={styles.alerts} aria-label={t('label')}>
        {alerts.map((alert) => (
          <li key={alert.kind}>
            <Link href={alert.href} className={styles.alert} aria-label={t(`${alert.kind}Long`, { count: alert.count })}>
              {t(`${alert.kind}Short`)} <span className={styles.count}>{alert.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className={styles.dashboardAlerts} role="status">
      {alerts.map((alert) => (
        <p key={alert.kind}>
          <Link href={alert.href}>{t(`${alert.kind}Long`, { count: alert.count })}</Link>
        </p>
      ))}
    </div>
  );
}
