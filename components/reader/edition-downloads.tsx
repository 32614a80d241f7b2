import { getTranslations } from 'next-intl/server';
import { formatFileSize } from '@/lib/domain/file-size';
import type { Lang } from '@/lib/domain/lang';
import type { ReaderFile } from '@/lib/services/load-reader-issue';
import styles from './reader.module.css';

/** The files of one revision: download and open links, size, pages and the SHA-256 to verify them. */
export async function EditionDownloads({ files, locale, headingLevel = 3 }: { files: ReaderFile[]; locale: Lang; headingLevel?: 3 | 4 }) {
  const t = await getTranslations('reader');
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className={styles.editions}>
      {files.map((file) => (
        <li key={file.lang} className={styles.edition} lang={locale}>
          <Heading className={styles.editionTitle}>{t(`edition.${file.lang}`)}</Heading>
          <p className={styles.editionActions}>
            <a className="button primary" href={file.href} hrefLang={file.lang} type="application/pdf" download>
              {t('downloads.download')}
            </a>{' '}
            <a href={`${file.href}?inline=1`} hrefLang={file.lang} type="application/pdf">
              {t('downloads.open')}
            </a>
          </p>
          <dl className={styles.facts}>
            <dt>{t('downloads.size')}</dt>
            <dd>{formatFileSize(file.bytes, locale)}</dd>
            <dt>{t('downloads.pages')}</dt>
            <dd>{file.pageCount}</dd>
            <dt>{t('downloads.checksum')}</dt>
            <dd>
              <code className={styles.checksum}>{file.sha256}</code>
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
