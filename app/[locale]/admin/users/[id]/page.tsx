import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { UserRoleForm } from '@/components/admin/user-role-form';
import { UserAccessForm } from '@/components/admin/user-access-form';
import { ResetPasswordForm } from '@/components/admin/reset-password-form';
import { UserStatus } from '@/components/admin/user-table';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { findUserListing } from '@/lib/db/queries/users';
import { CAN_MANAGE_USERS } from '@/lib/domain/workflow';

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.users' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function UserPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser(`/admin/users/${encodeURIComponent(id)}`, CAN_MANAGE_USERS);
  if (!allowed) return <NoAccess role={user.role} />;
  const account = /^\d{1,12}$/.test(id) ? findUserListing(getDb(), Number(id)) : undefined;
  if (!account) notFound();
  const t = await getTranslations('admin');
  return (
    <>
      <Link href="/admin/users" className={styles.back}>
        ← {t('user.back')}
      </Link>
      <h1>{t('user.title', { name: account.name })}</h1>
      <p className={styles.intro}>
        {account.email} · {t(`roles.${account.role}`)} · <UserStatus user={account} />
      </p>
      {account.id === user.id && <p className={styles.warning}>{t('user.self')}</p>}
      <UserRoleForm userId={account.id} role={account.role} />
      <UserAccessForm userId={account.id} active={account.active} />
      <ResetPasswordForm userId={account.id} />
    </>
  );
}
