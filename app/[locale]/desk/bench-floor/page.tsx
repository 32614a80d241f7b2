import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleTable } from '@/components/desk/dashboard/article-table';
import styles from '@/components/desk/dashboard/dashboard.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import type { DashboardRow } from '@/lib/db/queries/dashboard';
import { isLang } from '@/lib/domain/lang';
import { STATES } from '@/lib/domain/workflow';

/** Set by `npm run bench:web` for the server it starts; without it this page does not exist (404). */
const BENCH_FLOOR_ENV = 'RELEASE_DESK_BENCH_FLOOR';

export const dynamic = 'force-dynamic';

/** 25 fixed rows, the size of a dashboard page, with texts as long as real ones. */
const ROWS: DashboardRow[] = Array.from({ length: 25 }, (_, i) => ({
  id: 1000 + i,
  status: STATES[i % STATES.length]!,
  eventDate: `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
  countryCode: 'KZ',
  countryEn: 'Kazakhstan',
  countryRu: 'Казахстан',
  titleEn: `Police of the region seized a large consignment of heroin on the border, case ${i + 1}`,
  titleRu: `Полиция области изъяла крупную партию героина на границе, дело ${i + 1}`,
  untitled: false,
  updatedAt: '2024-01-31T10:00:00.000Z',
  authorName: 'Bench Editor',
}));

/**
 * The framework floor of bench:web: a signed-in page with the desk's layout (session check, header)
 * and the dashboard's table of 25 rows, without any query of its own. /desk's time over this page's
 * is what the dashboard itself adds.
 */
export default async function BenchFloorPage({ params }: { params: Promise<{ locale: string }> }) {
  if (process.env[BENCH_FLOOR_ENV] !== '1') notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageUser('/desk/bench-floor');
  const t = await getTranslations('desk.dashboard');
  return (
    <>
      <div className={styles.heading}>
        <h1>{t('title')}</h1>
      </div>
      <ArticleTable rows={ROWS} caption={t('table.caption', { queue: t('queues.drafts') })} lang={isLang(locale) ? locale : 'en'} />
    </>
  );
}
