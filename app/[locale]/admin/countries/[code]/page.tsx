import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { CountryForm } from '@/components/admin/country-form';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { CAN_EDIT_COUNTRIES } from '@/lib/domain/workflow';
import { userActor } from '@/lib/services/actor';
import { loadCountryEditor } from '@/lib/services/load-country-editor';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.countries' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function CountryPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser(`/admin/countries/${encodeURIComponent(code)}`, CAN_EDIT_COUNTRIES);
  if (!allowed) return <NoAccess role={user.role} />;
  const country = loadCountryEditor(getDb(), userActor(user), code);
  if (!country) notFound();
  const t = await getTranslations('admin.country');
  const name = locale === 'ru' ? country.names.shortRu.value : country.names.shortEn.value;
  return (
    <>
      <Link href="/admin/countries" className={styles.back}>
        ← {t('back')}
      </Link>
      <h1>{t('title', { name })}</h1>
      <p className={styles.intro}>{t('iso', { code: country.code, en: country.nameEn, ru: country.nameRu })}</p>
      <CountryForm country={country} />
    </>
  );
}
