import { getLocale, getTranslations } from 'next-intl/server';
import { formatFileSize } from '@/lib/domain/file-size';
import { isLang } from '@/lib/domain/lang';
import type { ReleaseFileRow } from '@/lib/db/queries/issue-desk';
import { editionPdfPath } from '@/lib/domain/release-urls';
import styles from './issues.module.css';
import { formatDateTime } from '@/lib/domain/date-format';

/** Every published file of every revision, with its checksum: what readers download. */
export async function ReleaseFiles({ issue, files }: { issue: { year: number; number: number }; files: ReleaseFileRow[] }) {
  const t = await getTranslations('issues');
  const requested = await getLocale();
  const locale = isLang(requested) ? requested : 'en';
  if (files.length === 0) return <p className="empty">{t('files.empty')}</p>;
  return (
    <table className={styles.table}>
      <caption>{t('files.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('files.revision')}</th>
          <th scope="col">{t('files.lang')}</th>
          <th scope="col">{t('files.pages')}</th>
          <th scope="col">{t('files.size')}</th>
          <th scope="col">{t('files.sha256')}</th>
          <th scope="col">{t('files.publishedAt')}</th>
          <th scope="col">{t('files.download')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.id} data-revision={file.revision} data-lang={file.lang}>
            <td>{file.revision}</td>
            <td>{t(`langs.${file.lang}`)}</td>
            <td>{file.pageCount}</td>
            <td>{formatFileSize(file.bytes, locale)}</td>
            <td className={styles.mono} data-sha256>
              {file.sha256}
            </td>
            <td>{formatDateTime(file.createdAt, requested)}</td>
            <td>
              <a href={editionPdfPath(issue, file.lang, { revision: file.revision })} aria-label={t('files.downloadLabel', { revision: file.revision, lang: file.lang })}>
                {t('files.download')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
