import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArchiveList } from '@/components/reader/archive-list';
import { getDb } from '@/lib/db/instance';
import { isLang } from '@/lib/domain/lang';
import { loadArchive } from '@/lib/services/load-archive';

/**
 * Served from Next's page cache: publishing calls refreshPublicPages() (lib/services/refresh-public-pages.ts),
 * which renders it afresh at once; the interval below only catches changes made outside the
 * server (scripts, another build). The page reads no cookies or headers: the locale is the param.
 */
export const revalidate = 300;

export const metadata: Metadata = {
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
};

export default async function ArchivePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('archive');
  const issues = loadArchive(getDb());
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {issues.length === 0 ? <p className="empty">{t('empty')}</p> : <ArchiveList issues={issues} locale={isLang(locale) ? locale : 'en'} />}
      <p>
        <a href="/feed.xml" type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
    </>
  );
}
