import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArchiveResults } from '@/components/search/archive-results';
import { SearchForm } from '@/components/search/search-form';
import { getDb } from '@/lib/db/instance';
import { listPublishedFacets } from '@/lib/db/queries/search';
import { isLang } from '@/lib/domain/lang';
import { searchArchive } from '@/lib/services/search/search-archive';
import { parseSearchParams } from '@/lib/services/search/search-input';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search' });
  return { title: t('title'), robots: { index: false } };
}

/** The public search (/search): published text only. Malformed filters are dropped with a note. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('search');
  const raw = await searchParams;
  const parsed = parseSearchParams(raw);
  const query = parsed ?? parseSearchParams({ q: typeof raw.q === 'string' ? raw.q.slice(0, 2000) : '' })!;
  const db = getDb();
  const lang = isLang(locale) ? locale : 'en';
  const facets = listPublishedFacets(db, lang);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <SearchForm action="/search" params={query} options={facets} />
      {!parsed && <p role="alert">{t('badFilter')}</p>}
      <ArchiveResults outcome={searchArchive(db, query, lang)} params={query} />
    </>
  );
}
