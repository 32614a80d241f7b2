import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoAccess } from '@/components/desk/no-access';
import { CountryForm } from '@/components/admin/country-form';
import styles from '@/components/admin/admin.module.css';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { findCountry } from '@/lib/db/queries/countries';
import { CAN_EDIT_SETTINGS } from '@/lib/domain/workflow';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'admin.countries' });
  return { title: `${t('title')} — Release Desk` };
}

export default async function CountryPage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const { user, allowed } = await requirePageUser(`/admin/countries/${encodeURIComponent(code)}`, CAN_EDIT_SETTINGS);
  if (!allowed) return <NoAccess role={user.role} />;
  const country = /^[A-Za-z]{2}$/.test(code) ? findCountry(getDb(), code) : undefined;
  if (!country) notFound();
  const t = await getTranslations('admin.country');
  const name = locale === 'ru' ? country.shortRu : country.shortEn;
  return (
    <>
      <Link href="/admin/countries" className={styles.back}>
        ← {t('back')}
      </Link>
      <h1>{t('title', { name })}</h1>
      <p className={styles.intro}>{t('iso', { code: country.code, en: country.nameEn, ru: country.nameRu })}</p>
      <CountryForm
        country={{
          code: country.code,
          shortEn: country.shortEn,
          shortRu: country.shortRu,
          headingEn: country.headingEn,
          headingRu: country.headingRu,
          isMember: country.isMember,
          memberOrder: country.memberOrder,
        }}
      />
    </>
  );
}
