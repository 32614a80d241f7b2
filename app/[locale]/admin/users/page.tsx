import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { UserTable } from '@/components/admin/user-table';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listUsers } from '@/lib/db/queries/users';
import { CAN_MANAGE_USERS } from '@/lib/domain/workflow';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.users' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { user, allowed } = await requirePageUser('/admin/users', CAN_MANAGE_USERS);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('admin.users');
  return (
    <>
      <div className={styles.heading}>
        <h1>{t('title')}</h1>
        <Link href="/admin/users/new" className="button primary">
          {t('new')}
        </Link>
      </div>
      <p className={styles.intro}>{t('intro')}</p>
      <UserTable users={listUsers(getDb())} currentUserId={user.id} />
    </>
  );
}
