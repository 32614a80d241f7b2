'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/domain/date-format';
import { formatFileSize } from '@/lib/domain/file-size';
import { isLang } from '@/lib/domain/lang';
import type { ReleaseImportFailure } from '@/app/actions/release-import';
import styles from './release-import.module.css';

/** Why nothing was imported: the reason in the UI language, then the file's lines and their reasons. */
export function ImportFailure({ failure }: { failure: ReleaseImportFailure }) {
  const t = useTranslations('releaseImport.errors');
  const locale = useLocale();
  const details = failure.importError;
  if (failure.error !== 'import' || !details) {
    return (
      <p role="alert" className={styles.error}>
        {t(failure.error === 'import' ? 'failed' : failure.error)}
      </p>
    );
  }
  const code = details.code === 'parse' && details.params.format === 'docx' ? 'parseWord' : details.code;
  // The periods of period_differs are dates: written as everywhere in this language.
  const params = Object.fromEntries(
    Object.entries(details.params).map(([key, value]) => [
      key,
      /^(issue|file)(Start|End)$/.test(key) ? formatDate(String(value), locale) : key === 'limit' ? formatFileSize(Number(value), isLang(locale) ? locale : 'en') : value,
    ]),
  );
  return (
    <div role="alert" className={styles.errorBox}>
      <p className={styles.error}>
        {t(`code.${code}`, params)} {t('import')}
      </p>
      {details.issues.length > 0 ? (
        <>
          <p className={styles.hint}>{t('reasonsInEnglish')}</p>
          <ul className={styles.lines}>
            {details.issues.map((issue, i) => (
              <li key={i}>{issue.line > 0 ? t('lineReason', { line: issue.line, reason: issue.message }) : issue.message}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
