import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth/require-page-user';
import { getDb } from '@/lib/db/instance';
import { findIssueById } from '@/lib/db/queries/issue-desk';
import { isLang } from '@/lib/domain/lang';
import { editionFileName } from '@/lib/services/render-edition';
import { ClientMessages } from '@/components/client-messages';
import { EditionPreview } from '@/components/issues/edition-preview';
import styles from '@/components/issues/issues.module.css';

type Params = Promise<{ locale: string; id: string; lang: string }>;

function load(id: string, lang: string) {
  if (!/^\d{1,9}$/.test(id) || !isLang(lang)) return null;
  const issue = findIssueById(getDb(), Number(id));
  return issue ? { issue, lang } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, lang } = await params;
  const found = load(id, lang);
  if (!found) return {};
  const t = await getTranslations('issues.preview');
  return { title: t('pageTitle', { number: found.issue.number, year: found.issue.year, lang: found.lang }) };
}

/** The preview of one edition, rendered on demand, shown with its pages and thumbnails. */
export default async function PreviewPage({ params }: { params: Params }) {
  const { locale, id, lang } = await params;
  setRequestLocale(locale);
  await requirePageUser(`/desk/issues/${id}/preview/${lang}`);
  const found = load(id, lang);
  if (!found) notFound();
  const { issue } = found;
  const t = await getTranslations('issues.preview');
  const fileName = editionFileName({ year: issue.year, number: issue.number, lang: found.lang }).replace(/\.pdf$/, '-preview.pdf');
  return (
    <div className={styles.page}>
      <div>
        <Link href={`/desk/issues/${issue.id}#preview`} className={styles.back}>
          ← {t('back')}
        </Link>
        <h1>{t('pageTitle', { number: issue.number, year: issue.year, lang: found.lang })}</h1>
      </div>
      <ClientMessages namespaces={['issues']}>
        <EditionPreview issueId={issue.id} lang={found.lang} fileName={fileName} />
      </ClientMessages>
    </div>
  );
}
