import { getLocale, getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/lib/db/queries/audit';
import { describeAuditDetails, type AuditWords } from '@/lib/domain/audit-details';
import { isAuditAction, isAuditEntity } from '@/lib/domain/audit-vocabulary';
import styles from './admin.module.css';
import { formatDateTime } from '@/lib/domain/date-format';

/** Long details (imports list every country) fold away behind their first words. */
function Details({ text }: { text: string }) {
  if (text.length <= 160) return <>{text}</>;
  return (
    <details>
      <summary>{text.slice(0, 120)}…</summary>
      {text}
    </details>
  );
}

export async function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = await getTranslations('admin.audit');
  const locale = await getLocale();
  const words = t.raw('detailWords') as AuditWords;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('at')}</th>
            <th scope="col">{t('actor')}</th>
            <th scope="col">{t('action')}</th>
            <th scope="col">{t('entity')}</th>
            <th scope="col">{t('details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={styles.nowrap}>
                <time dateTime={row.at}>{formatDateTime(row.at, locale)}</time>
              </td>
              <td>{row.actor}</td>
              <td>
                {/* The code stays readable for those who know it (and for entries older than the labels). */}
                {isAuditAction(row.action) ? <span title={row.action}>{t(`actions.${row.action}`)}</span> : <span className={styles.mono}>{row.action}</span>}
              </td>
              <td className={styles.nowrap}>
                {isAuditEntity(row.entity) ? t(`entities.${row.entity}`) : <span className={styles.mono}>{row.entity}</span>}
                {row.entityId != null && ` #${row.entityId}`}
              </td>
              <td className={styles.details}>
                <Details text={describeAuditDetails(row.details, words)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
