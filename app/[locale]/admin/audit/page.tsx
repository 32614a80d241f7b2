import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { AuditTable } from '@/components/admin/audit-table';
import { AuditFilters, auditHref, parseAuditParams } from '@/components/admin/audit-filters';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listAuditEntries, listAuditVocabulary } from '@/lib/db/queries/audit';
import { CAN_READ_AUDIT } from '@/lib/domain/workflow';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.audit' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  setRequestLocale((await params).locale);
  const query = parseAuditParams(await searchParams);
  const { user, allowed } = await requirePageUser(auditHref(query), CAN_READ_AUDIT);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('admin.audit');
  const db = getDb();
  const page = listAuditEntries(db, query.filter, query.before);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <AuditFilters query={query} vocabulary={listAuditVocabulary(db)} />
      {page.rows.length === 0 ? (
        <p className={styles.empty} role="status">
          {t('empty')}
        </p>
      ) : (
        <AuditTable rows={page.rows} />
      )}
      <nav className={styles.pager} aria-label={t('title')}>
        <span>{query.before != null && <Link href={auditHref({ ...query, before: null })}>{t('newest')}</Link>}</span>
        <span>{page.nextBefore != null && <Link href={auditHref({ ...query, before: page.nextBefore })}>{t('older')}</Link>}</span>
      </nav>
    </>
  );
}
