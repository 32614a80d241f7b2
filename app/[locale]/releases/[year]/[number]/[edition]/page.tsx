import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditionReading } from '@/components/reader/edition-reading';
import { getDb } from '@/lib/db/instance';
import { isLang, otherLang } from '@/lib/domain/lang';
import { parseIssueRef, readingPath } from '@/lib/domain/release-urls';
import { listPublishedIssueParams } from '@/lib/services/list-public-page-params';
import { loadReaderIssue } from '@/lib/services/load-reader-issue';

/** One edition read as a web page (/releases/2024/1/ru), cached like the archive (see app/[locale]/page.tsx). */
export const revalidate = 300;

type Params = Promise<{ locale: string; year: string; number: string; edition: string }>;

export function generateStaticParams() {
  return listPublishedIssueParams(getDb()).flatMap(({ year, number, editions }) =>
    editions.map((edition) => ({ year, number, edition })),
  );
}

async function load(params: Params) {
  const { locale, year, number, edition } = await params;
  setRequestLocale(locale);
  const ref = parseIssueRef(year, number);
  const issue = ref && isLang(edition) ? loadReaderIssue(getDb(), ref, edition) : null;
  if (!issue || !issue.latest.files.some((f) => f.lang === edition)) notFound();
  return issue;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const issue = await load(params);
  const t = await getTranslations({ locale: issue.lang, namespace: 'reader' });
  return {
    title: t('issueTitle', { number: issue.number, year: issue.year }),
    alternates: { languages: { [otherLang(issue.lang)]: readingPath(issue, otherLang(issue.lang)) } },
  };
}

export default async function EditionPage({ params }: { params: Params }) {
  return <EditionReading issue={await load(params)} />;
}
