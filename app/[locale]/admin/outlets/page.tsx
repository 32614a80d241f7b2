import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { NoAccess } from '@/components/desk/no-access';
import { OutletForm, EMPTY_OUTLET } from '@/components/intake/outlet-form';
import { OutletTable } from '@/components/intake/outlet-table';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listOutlets } from '@/lib/db/queries/outlets';
import { CAN_MANAGE_OUTLETS } from '@/lib/domain/intake/access';
import { isLang } from '@/lib/domain/lang';
import { intakeFormOptions } from '@/lib/db/queries/intake-options';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'intake.outlets' });
  return { title: `${t('title')} — Release Desk` };
}

/** The outlets the intake reads, under Administration: the chief editor and administrators. */
export default async function OutletsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser('/admin/outlets', CAN_MANAGE_OUTLETS);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('intake.outlets');
  const db = getDb();
  const options = intakeFormOptions(db, isLang(locale) ? locale : 'en', await getTranslations('intake.languages'));
  const deleted = (await searchParams).deleted === '1';
  return (
    <ClientMessages namespaces={['intake', 'admin']}>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      {deleted && (
        <p className={styles.success} role="status">
          {t('deletedOne')}
        </p>
      )}
      <OutletTable outlets={listOutlets(db)} countryNames={options.countryNames} />
      <section className={styles.panel} aria-labelledby="add-outlet" style={{ marginTop: '1.5rem' }}>
        <h2 id="add-outlet">{t('addTitle')}</h2>
        <OutletForm outlet={EMPTY_OUTLET} countries={options.countries} languages={options.languages} />
      </section>
    </ClientMessages>
  );
}
