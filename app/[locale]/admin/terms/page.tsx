import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { NoAccess } from '@/components/desk/no-access';
import { TermsAdmin } from '@/components/translation/terms-admin';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listTerms } from '@/lib/db/queries/terms';
import { CAN_MANAGE_TERMS } from '@/lib/domain/termbase';
import { TERMBASE_CSV_HEADER } from '@/lib/domain/termbase-csv';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'translation.terms_admin' });
  return { title: `${t('title')} — Release Desk` };
}

/** The termbase under Administration: the chief editor and administrators. */
export default async function TermsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser('/admin/terms', CAN_MANAGE_TERMS);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('translation.terms_admin');
  const terms = listTerms(getDb());
  return (
    <ClientMessages namespaces={['translation']}>
      <h1>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <p>{t('count', { count: terms.length })}</p>
      <TermsAdmin terms={terms} header={TERMBASE_CSV_HEADER.join(',')} />
    </ClientMessages>
  );
}
