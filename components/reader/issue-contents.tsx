import { getTranslations } from 'next-intl/server';
import type { ReaderSection } from '@/lib/services/load-reader-issue';
import styles from './reader.module.css';

/** Countries and article titles, each linked to its page in this language's PDF. */
export async function IssueContents({ sections }: { sections: ReaderSection[] }) {
  const t = await getTranslations('reader');
  return (
    <ol className={styles.contents}>
      {sections.map((section) => (
        <li key={section.countryCode}>
          <h3 className={styles.contentsSection}>
            <PageLink href={section.pdfHref} page={section.page} label={t}>
              {section.name}
            </PageLink>
          </h3>
          <ol className={styles.contentsArticles}>
            {section.articles.map((article) => (
              <li key={article.id}>
                <PageLink href={article.pdfHref} page={article.page} label={t}>
                  {article.title || t('contents.untitled')}
                </PageLink>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<'reader'>>>;

function PageLink({ href, page, label, children }: { href: string | null; page: number | null; label: Translate; children: string }) {
  if (!href || !page) return <span>{children}</span>;
  return (
    <a href={href} className={styles.pageLink} type="application/pdf">
      <span>{children}</span>
      <span className={styles.leader} aria-hidden="true" />
      <span className={styles.page}>
        <span aria-hidden="true">{label('contents.page', { page })}</span>
        <span className={styles.visuallyHidden}>, {label('contents.pageLabel', { page })}</span>
      </span>
    </a>
  );
}
