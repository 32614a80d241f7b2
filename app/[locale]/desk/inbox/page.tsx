import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { NoAccess } from '@/components/desk/no-access';
import { CaptureLinkBox } from '@/components/intake/capture-link-box';
import { InboxFilters } from '@/components/intake/inbox-filters';
import { InboxList, type InboxEntry } from '@/components/intake/inbox-list';
import { InboxTabs } from '@/components/intake/inbox-tabs';
import own from '@/components/intake/intake.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listInboxItems, INBOX_PAGE_DEFAULT } from '@/lib/db/queries/intake-items';
import { listOutlets } from '@/lib/db/queries/outlets';
import { INTAKE_LANGUAGES, INTAKE_STATUSES, type IntakeLanguage, type IntakeStatus } from '@/lib/db/schema';
import { CAN_USE_INBOX } from '@/lib/domain/intake/access';
import { formatDate, formatDateTime } from '@/lib/domain/date-format';
import { isLang } from '@/lib/domain/lang';
import { displaySourceUrl } from '@/lib/domain/source-url';
import { intakeFormOptions } from '@/lib/db/queries/intake-options';
import Link from 'next/link';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'intake.inbox' });
  return { title: `${t('title')} — Release Desk` };
}

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.slice(0, 40) : '');
const day = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '');

/** The intake inbox: every editor triages the media reports the feeds and pasted links brought. */
export default async function InboxPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser('/desk/inbox', CAN_USE_INBOX);
  if (!allowed) return <NoAccess role={user.role} />;
  const lang = isLang(locale) ? locale : 'en';
  const t = await getTranslations('intake');
  const db = getDb();
  const search = await searchParams;

  const status: IntakeStatus = (INTAKE_STATUSES as readonly string[]).includes(one(search.status)) ? (one(search.status) as IntakeStatus) : 'new';
  const outletId = /^\d{1,10}$/.test(one(search.outlet)) ? Number(one(search.outlet)) : undefined;
  const country = /^[A-Z]{2}$/.test(one(search.country)) ? one(search.country) : '';
  const language = (INTAKE_LANGUAGES as readonly string[]).includes(one(search.lang)) ? (one(search.lang) as IntakeLanguage) : undefined;
  const from = day(one(search.from));
  const to = day(one(search.to));
  const page = /^\d{1,5}$/.test(one(search.page)) ? Math.max(1, Number(one(search.page))) : 1;

  const inbox = listInboxItems(db, { status, outletId, countryCode: country || undefined, language, from: from || undefined, to: to || undefined, limit: INBOX_PAGE_DEFAULT, offset: (page - 1) * INBOX_PAGE_DEFAULT });
  const options = intakeFormOptions(db, lang, (code) => t(`languages.${code}`));
  const outletOptions = listOutlets(db).map((o) => ({ value: String(o.id), label: o.name }));
  const query: Record<string, string> = Object.fromEntries(
    Object.entries({ outlet: outletId ? String(outletId) : '', country, lang: language ?? '', from, to }).filter(([, v]) => v !== ''),
  );

  const entries: InboxEntry[] = inbox.items.map((item) => ({
    id: item.id,
    url: item.url,
    displayUrl: displaySourceUrl(item.url),
    title: item.title,
    summary: item.summary,
    published: item.publishedAt ? (/T/.test(item.publishedAt) ? formatDateTime(item.publishedAt, lang) : formatDate(item.publishedAt, lang)) : null,
    language: item.language,
    languageName: item.language ? t(`languages.${item.language}`) : null,
    countryName: item.countryCode ? (options.countryNames[item.countryCode] ?? item.countryCode) : null,
    score: item.score,
    matches: item.matches,
    status: item.status,
    outletName: item.outlet?.name ?? null,
    article: item.article && { id: item.article.id, title: lang === 'ru' ? item.article.titleRu || item.article.titleEn : item.article.titleEn || item.article.titleRu },
  }));
  const pageCount = Math.max(1, Math.ceil(inbox.total / inbox.limit));
  const pageHref = (n: number) => `/desk/inbox?${new URLSearchParams({ ...query, ...(status === 'new' ? {} : { status }), page: String(n) })}`;

  return (
    <ClientMessages namespaces={['intake']}>
      <h1>{t('inbox.title')}</h1>
      <p className={own.intro}>{t('inbox.intro')}</p>
      <CaptureLinkBox />
      <InboxTabs current={status} counts={inbox.counts} query={query} />
      <InboxFilters values={{ status, outlet: outletId ? String(outletId) : '', country, lang: language ?? '', from, to }} outlets={outletOptions} countries={options.countries} languages={options.languages} />
      <InboxList key={`${status}-${page}`} items={entries} status={status} countries={options.countries} />
      {pageCount > 1 && (
        <nav className={own.pager} aria-label={t('inbox.pagesLabel')}>
          {page > 1 ? <Link href={pageHref(page - 1)}>← {t('inbox.newer')}</Link> : <span />}
          <span>{t('inbox.pageOf', { page, pages: pageCount })}</span>
          {page < pageCount ? <Link href={pageHref(page + 1)}>{t('inbox.older')} →</Link> : <span />}
        </nav>
      )}
    </ClientMessages>
  );
}
