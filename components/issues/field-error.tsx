'use client';

import { useTranslations } from 'next-intl';
import { ISSUE_YEAR_MAX, ISSUE_YEAR_MIN } from '@/lib/domain/issue-numbering';
import styles from './issues.module.css';

/** The message of a field's error key, linked to its input by id (aria-describedby). */
export function FieldError({ id, code, values }: { id: string; code: string | undefined; values?: Record<string, string | number> }) {
  const t = useTranslations('issues.fieldErrors');
  if (!code) return null;
  const key = t.has(code) ? code : 'invalid_type';
  return (
    <p id={id} className={styles.fieldError}>
      {t(key, { min: ISSUE_YEAR_MIN, max: ISSUE_YEAR_MAX, ...values })}
    </p>
  );
}
