import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DeskResults } from '@/components/search/desk-results';
import { SearchForm } from '@/components/search/search-form';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listCountryOptions } from '@/lib/db/queries/countries';
import { isLang } from '@/lib/domain/lang';
import { userActor } from '@/lib/services/actor';
import { searchDesk } from '@/lib/services/search/search-desk';
import { parseSearchParams } from '@/lib/services/search/search-input';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'search' });
  return { title: `${t('deskTitle')} — Release Desk` };
}

/** The desk's search: every article in every state, or the articles citing a pasted link or domain. */
export default async function DeskSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const { user } = await requirePageUser('/desk/search');
  const t = await getTranslations('search');
  const status = await getTranslations('desk.status');
  const parsed = parseSearchParams(raw);
  const query = parsed ?? parseSearchParams({ q: typeof raw.q === 'string' ? raw.q.slice(0, 2000) : '' })!;
  const db = getDb();
  const lang = isLang(locale) ? locale : 'en';
  const countries = listCountryOptions(db, lang);
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear - i);
  return (
    <>
      <h1>{t('deskTitle')}</h1>
      <p className="lead">{t('deskIntro')}</p>
      <SearchForm action="/desk/search" params={query} options={{ countries, years, withStatus: true, statusLabel: (s) => status(s) }} />
      {!parsed && <p role="alert">{t('badFilter')}</p>}
      <DeskResults found={searchDesk(db, userActor(user), query, lang)} params={query} locale={locale} />
    </>
  );
}
