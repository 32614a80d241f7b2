import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/client-messages';
import { NoAccess } from '@/components/desk/no-access';
import { IntakeTermsAdmin } from '@/components/intake/intake-terms-admin';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { listIntakeTerms } from '@/lib/db/queries/intake-terms';
import { INTAKE_LANGUAGES } from '@/lib/db/schema';
import { CAN_MANAGE_INTAKE_TERMS } from '@/lib/domain/intake/access';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'intake.terms' });
  return { title: `${t('title')} — Release Desk` };
}

/** The relevance terms of the intake per language, under Administration: the chief editor and administrators. */
export default async function IntakeTermsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser('/admin/intake-terms', CAN_MANAGE_INTAKE_TERMS);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('intake');
  const terms = listIntakeTerms(getDb());
  const languages = INTAKE_LANGUAGES.map((code) => ({ value: code, label: t(`languages.${code}`) }));
  const groups = languages.map((l) => ({
    language: l.value,
    label: l.label,
    terms: terms.filter((term) => term.language === l.value).map((term) => ({ id: term.id, term: term.term, weight: term.weight })),
  }));
  return (
    <ClientMessages namespaces={['intake', 'admin']}>
      <h1>{t('terms.title')}</h1>
      <p className={styles.intro}>{t('terms.intro')}</p>
      <IntakeTermsAdmin groups={groups} languages={languages} />
    </ClientMessages>
  );
}
