import type { ReactNode } from 'react';
import { ClientMessages } from '@/components/client-messages';
import { setRequestLocale } from 'next-intl/server';
import { DeskHeader } from '@/components/desk/desk-header';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { isLang } from '@/lib/domain/lang';

/** The editors' area: signed-in users only (each page checks again, with its own address to come back to). */
export default async function DeskLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requirePageUser('/desk');
  return (
    <ClientMessages namespaces={['auth', 'editor', 'review', 'issues']}>
      <DeskHeader user={user} locale={isLang(locale) ? locale : 'en'} />
      {children}
    </ClientMessages>
  );
}
