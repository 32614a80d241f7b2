import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { LoginForm } from '@/components/auth/login-form';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/next-path';
import styles from '@/components/auth/auth.module.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'auth' });
  return { title: `${t('title')} — Release Desk`, robots: { index: false } };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  setRequestLocale((await params).locale);
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations('auth');
  return (
    <section className={styles.card} aria-labelledby="login-title">
      <h1 id="login-title">{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <ClientMessages namespaces={['auth']}>
        <LoginForm next={next} />
      </ClientMessages>
      <p className={styles.help}>
        {t('forgotten')}
        <br />
        <Link href="/">{t('toArchive')}</Link>
      </p>
    </section>
  );
}
