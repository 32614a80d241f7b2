import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { ADMIN_AREA_ROLES, adminSectionsFor } from '@/components/admin/admin-roles';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function AdminOverviewPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { user, allowed } = await requirePageUser('/admin', ADMIN_AREA_ROLES);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('admin');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('overview.intro')}</p>
      <ul className={styles.cards}>
        {adminSectionsFor(user.role).map((section) => (
          <li key={section}>
            <article className={styles.card}>
              <h2>
                <Link href={`/admin/${section}`}>{t(`nav.${section}`)}</Link>
              </h2>
              <p>{t(`overview.${section}`)}</p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
