import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { LanguageSwitch } from '@/components/language-switch';
import './globals.css';

export const metadata: Metadata = {
  title: 'Release Desk — CARICC Information Release',
  description: 'Monthly CARICC Information Release about past events in the anti-drug sphere, in English and Russian.',
};

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('app');
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            {t('name')}
          </Link>
          <span className="tagline">{t('tagline')}</span>
          <Link href="/search" className="site-search">
            {t('search')}
          </Link>
          <LanguageSwitch current={locale} label={t('switchTo')} />
        </header>
        {/* Client messages are given per area (components/client-messages.tsx), never to public pages. */}
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
