import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { CreateUserForm } from '@/components/admin/create-user-form';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { CAN_MANAGE_USERS } from '@/lib/domain/workflow';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.newUser' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function NewUserPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { user, allowed } = await requirePageUser('/admin/users/new', CAN_MANAGE_USERS);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('admin');
  return (
    <>
      <Link href="/admin/users" className={styles.back}>
        ← {t('user.back')}
      </Link>
      <h1>{t('newUser.title')}</h1>
      <p className={styles.intro}>{t('newUser.intro')}</p>
      <CreateUserForm />
    </>
  );
}
