import { getTranslations } from 'next-intl/server';
import type { Lang } from '@/lib/domain/lang';
import type { ReaderRevision } from '@/lib/services/load-reader-issue';
import { EditionDownloads } from './edition-downloads';
import styles from './reader.module.css';
import { formatDate } from '@/lib/domain/date-format';

/** Revisions replaced by a correction, still downloadable from their own (immutable) URLs. */
export async function EarlierRevisions({ revisions, locale }: { revisions: ReaderRevision[]; locale: Lang }) {
  const t = await getTranslations('reader');
  return (
    <section className={styles.block} aria-labelledby="earlier-revisions">
      <h2 id="earlier-revisions">{t('earlier.title')}</h2>
      <p className={styles.note}>{t('earlier.intro')}</p>
      {revisions.map((revision) => (
        <div key={revision.revision} className={styles.revision}>
          <h3>{t('earlier.revision', { revision: revision.revision, date: formatDate(revision.publishedAt, locale) })}</h3>
          <EditionDownloads files={revision.files} locale={locale} headingLevel={4} />
        </div>
      ))}
    </section>
  );
}
