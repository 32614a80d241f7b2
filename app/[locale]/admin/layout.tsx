import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/client-messages';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { DeskHeader } from '@/components/desk/desk-header';
import { NoAccess } from '@/components/desk/no-access';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { isLang } from '@/lib/domain/lang';
import { ADMIN_AREA_ROLES, adminSectionsFor } from '@/components/admin/admin-roles';

/** The admin area: administrators, and chief editors for the countries (each page checks again on the server before reading anything). */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser('/admin', ADMIN_AREA_ROLES);
  const t = await getTranslations('admin.nav');
  return (
    <ClientMessages namespaces={['auth', 'admin']}>
      <DeskHeader user={user} locale={isLang(locale) ? locale : 'en'} />
      {allowed ? (
        <>
          <AdminNav
            label={t('label')}
            items={[
              { href: '/admin', label: t('overview') },
              ...adminSectionsFor(user.role).map((section) => ({ href: `/admin/${section}`, label: t(section) })),
            ]}
          />
          {children}
        </>
      ) : (
        <NoAccess role={user.role} />
      )}
    </ClientMessages>
  );
}
