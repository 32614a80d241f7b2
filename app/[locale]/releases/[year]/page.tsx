import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { YearChart } from '@/components/figures/year-chart';
import { YearTable } from '@/components/figures/year-table';
import { getDb } from '@/lib/db/instance';
import { isIssueYear } from '@/lib/domain/issue-numbering';
import { isLang } from '@/lib/domain/lang';
import { shortMonthNames } from '@/lib/domain/month-names';
import { loadYearFigures } from '@/lib/services/load-year-figures';

/** Cached like the archive: publishing refreshes every public page. */
export const revalidate = 300;

type Params = Promise<{ locale: string; year: string }>;

async function load(params: Params) {
  const { locale, year } = await params;
  setRequestLocale(locale);
  const lang = isLang(locale) ? locale : 'en';
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  const figures = isIssueYear(y) ? loadYearFigures(getDb(), y, lang) : null;
  if (!figures) notFound();
  return { figures, lang };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { figures, lang } = await load(params);
  const t = await getTranslations({ locale: lang, namespace: 'reader.figures' });
  return { title: t('title', { year: figures.year }) };
}

/** /releases/2024: the year in figures — chart, table, totals and the table as CSV. */
export default async function YearPage({ params }: { params: Params }) {
  const { figures, lang } = await load(params);
  const t = await getTranslations('reader.figures');
  const months = shortMonthNames(lang);
  const { year, total } = figures;
  return (
    <>
      <nav aria-label={t('back')} className="breadcrumb">
        <Link href="/">{t('back')}</Link>
      </nav>
      <h1>{t('title', { year })}</h1>
      <p className="lead">{t('intro', { year })}</p>
      <YearChart figures={figures} months={months} title={t('chartTitle', { year })} description={t('chartDescription', { total })} />
      <YearTable figures={figures} months={months} labels={{ caption: t('tableCaption', { year }), country: t('country'), total: t('total') }} />
      <p>
        <a className="button" href={`/releases/${year}/figures.csv?lang=${lang}`} download>
          {t('csv')}
        </a>
      </p>
    </>
  );
}
