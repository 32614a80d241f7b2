import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listCountryOptions } from '@/lib/db/queries/articles';
import { isLang } from '@/lib/domain/lang';
import { ClientMessages } from '@/components/client-messages';
import { NewArticleForm } from '@/components/editor/new-article-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'editor' });
  return { title: `${t('new.title')} — Release Desk` };
}

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser('/desk/articles/new');
  const lang = isLang(locale) ? locale : 'en';
  const t = await getTranslations('editor');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <p>
        <Link href="/desk">← {t('backToDesk')}</Link>
      </p>
      <h1>{t('new.title')}</h1>
      <p className="lead">{t('new.lead')}</p>
      <ClientMessages namespaces={['editor']}>
        <NewArticleForm choices={listCountryOptions(getDb(), lang)} lang={lang} today={today} />
      </ClientMessages>
    </>
  );
}
