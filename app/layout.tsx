import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/language-switch';
import { isLang } from '@/lib/domain/lang';
import './globals.css';

export const metadata: Metadata = {
  title: 'Release Desk — CARICC Information Release',
  description: 'Monthly CARICC Information Release about past events in the anti-drug sphere, in English and Russian.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
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
          <LanguageSwitch current={isLang(locale) ? locale : 'en'} label={t('switchTo')} />
        </header>
        <NextIntlClientProvider>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
