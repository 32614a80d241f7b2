import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { CAN_ASSEMBLE_ISSUES } from '@/lib/domain/workflow';
import { DESK_UPLOAD_LIMIT_BYTES } from '@/lib/services/release-import/prepare-editions';
import { ClientMessages } from '@/components/client-messages';
import { NoAccess } from '@/components/desk/no-access';
import { ReleaseImportForm } from '@/components/release-import/release-import-form';
import styles from '@/components/issues/issues.module.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('releaseImport');
  return { title: t('title') };
}

/** The chief editor brings a release in from its text or Word file: preview, then confirm. */
export default async function ImportReleasePage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const { user, allowed } = await requirePageUser('/desk/issues/import', CAN_ASSEMBLE_ISSUES);
  if (!allowed) return <NoAccess role={user.role} />;
  const t = await getTranslations('releaseImport');
  return (
    <div className={styles.page}>
      <div>
        <Link href="/desk/issues" className={styles.back}>
          ← {t('back')}
        </Link>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </div>
      <section className={styles.panel} aria-label={t('form.legend')}>
        <ClientMessages namespaces={['releaseImport']}>
          <ReleaseImportForm maxBytes={DESK_UPLOAD_LIMIT_BYTES} />
        </ClientMessages>
      </section>
    </div>
  );
}
