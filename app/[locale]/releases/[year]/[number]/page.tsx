import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CorrectionNotes } from '@/components/reader/correction-notes';
import { IssueOverview } from '@/components/reader/issue-overview';
import { getDb } from '@/lib/db/instance';
import { isLang } from '@/lib/domain/lang';
import { parseIssueRef } from '@/lib/domain/release-urls';
import { correctionNotes } from '@/lib/services/correction-notes';
import { listPublishedIssueParams } from '@/lib/services/list-public-page-params';
import { loadReaderIssue } from '@/lib/services/load-reader-issue';

/** Cached like the archive (see app/[locale]/page.tsx): publishing refreshes it through refreshPublicPages(). */
export const revalidate = 300;

type Params = Promise<{ locale: string; year: string; number: string }>;

export function generateStaticParams() {
  return listPublishedIssueParams(getDb()).map(({ year, number }) => ({ year, number }));
}

async function load(params: Params) {
  const { locale, year, number } = await params;
  setRequestLocale(locale);
  const ref = parseIssueRef(year, number);
  const issue = ref && isLang(locale) ? loadReaderIssue(getDb(), ref, locale) : null;
  if (!issue || !isLang(locale)) notFound();
  return { issue, locale };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { issue } = await load(params);
  const t = await getTranslations('reader');
  return { title: t('issueTitle', { number: issue.number, year: issue.year }) };
}

export default async function IssuePage({ params }: { params: Params }) {
  const { issue, locale } = await load(params);
  return (
    <>
      <IssueOverview issue={issue} locale={locale} />
      <CorrectionNotes notes={correctionNotes(getDb(), issue, locale)} />
    </>
  );
}
