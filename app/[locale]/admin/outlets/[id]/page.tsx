import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { NoAccess } from '@/components/desk/no-access';
import { DeleteOutletForm } from '@/components/intake/delete-outlet-form';
import { OutletForm } from '@/components/intake/outlet-form';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { findOutletListing } from '@/lib/db/queries/outlets';
import { CAN_MANAGE_OUTLETS } from '@/lib/domain/intake/access';
import { isLang } from '@/lib/domain/lang';
import { intakeFormOptions } from '@/lib/db/queries/intake-options';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'intake.outlets' });
  return { title: `${t('editTitle')} — Release Desk` };
}

/** One outlet: change it, deactivate it, or delete it if nothing came from it. */
export default async function OutletPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser(`/admin/outlets/${encodeURIComponent(id)}`, CAN_MANAGE_OUTLETS);
  if (!allowed) return <NoAccess role={user.role} />;
  const db = getDb();
  const outlet = /^\d{1,10}$/.test(id) ? findOutletListing(db, Number(id)) : undefined;
  if (!outlet) notFound();
  const t = await getTranslations('intake.outlets');
  const options = intakeFormOptions(db, isLang(locale) ? locale : 'en', await getTranslations('intake.languages'));
  return (
    <ClientMessages namespaces={['intake', 'admin']}>
      <Link href="/admin/outlets" className={styles.back}>
        ← {t('back')}
      </Link>
      <h1>{outlet.name}</h1>
      <section className={styles.panel} aria-labelledby="edit-outlet">
        <h2 id="edit-outlet">{t('editTitle')}</h2>
        <OutletForm
          key={outlet.id}
          outlet={{
            id: outlet.id,
            name: outlet.name,
            countryCode: outlet.countryCode ?? '',
            language: outlet.language,
            siteUrl: outlet.siteUrl,
            feedUrl: outlet.feedUrl ?? '',
            active: outlet.active,
          }}
          countries={options.countries}
          languages={options.languages}
        />
      </section>
      <section className={styles.panel} aria-labelledby="delete-outlet">
        <h2 id="delete-outlet">{outlet.itemCount > 0 ? t('deactivateTitle') : t('deleteTitle')}</h2>
        <DeleteOutletForm id={outlet.id} name={outlet.name} items={outlet.itemCount} />
      </section>
    </ClientMessages>
  );
}
