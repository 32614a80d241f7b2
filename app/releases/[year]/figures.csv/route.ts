import { getTranslations } from 'next-intl/server';
import { getDb } from '@/lib/db/instance';
import { errorPage } from '@/lib/http/error-page';
import { isIssueYear } from '@/lib/domain/issue-numbering';
import { isLang } from '@/lib/domain/lang';
import { shortMonthNames } from '@/lib/domain/month-names';
import { yearFiguresCsv } from '@/lib/domain/year-figures';
import { loadYearFigures } from '@/lib/services/load-year-figures';

/** /releases/2024/figures.csv?lang=ru: the year page's table as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
export async function GET(request: Request, context: { params: Promise<{ year: string }> }): Promise<Response> {
  const { year } = await context.params;
  const asked = new URL(request.url).searchParams.get('lang') ?? 'en';
  const lang = isLang(asked) ? asked : 'en';
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  const figures = isIssueYear(y) ? loadYearFigures(getDb(), y, lang) : null;
  if (!figures) return errorPage(404);
  const t = await getTranslations({ locale: lang, namespace: 'reader.figures' });
  const csv = yearFiguresCsv(figures, { country: t('country'), total: t('total'), months: shortMonthNames(lang) });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="caricc-releases-${y}-${lang}.csv"`,
      'Cache-Control': 'public, max-age=300',
    },
  });
}
