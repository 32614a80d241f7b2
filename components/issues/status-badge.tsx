import { useTranslations } from 'next-intl';
import type { IssueStatus } from '@/lib/db/schema';
import styles from './issues.module.css';

export function StatusBadge({ status }: { status: IssueStatus }) {
  const t = useTranslations('issues.status');
  return <span className={`${styles.badge} ${styles[`badge_${status}`]}`}>{t(status)}</span>;
}
