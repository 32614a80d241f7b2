import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/client-messages';
import { setRequestLocale } from 'next-intl/server';
import { DeskHeader } from '@/components/desk/desk-header';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { countQueues } from '@/lib/db/queries/dashboard';
import { deskAlerts } from '@/lib/domain/desk-alerts';
import { isLang } from '@/lib/domain/lang';

/**
 * The editors' area: signed-in users only (each page checks again, with its own address to come back to).
 * The header's client components need only `auth`; each page hands its own client components their namespaces.
 */
export default async function DeskLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requirePageUser('/desk');
  return (
    <>
      <ClientMessages namespaces={['auth']}>
        <DeskHeader user={user} locale={isLang(locale) ? locale : 'en'} alerts={deskAlerts(user.role, countQueues(getDb(), user.id))} />
      </ClientMessages>
      {children}
    </>
  );
}
