import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { OrganisationForm } from '@/components/admin/organisation-form';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { getOrganisation } from '@/lib/db/queries/organisation';
import { CAN_EDIT_SETTINGS } from '@/lib/domain/workflow';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.organisation' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function OrganisationPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { user, allowed } = await requirePageUser('/admin/organisation', CAN_EDIT_SETTINGS);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('admin.organisation');
  const { id: _id, updatedAt: _updatedAt, ...current } = getOrganisation(getDb());
  return (
    <>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <OrganisationForm current={current} />
    </>
  );
}
