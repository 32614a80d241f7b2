'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { startCorrectionWithNoteAction, type CorrectionState } from '@/app/actions/correction';
import styles from './issues.module.css';

/** Starts a correction: the note (what changed and why) in both languages comes first. */
export function CorrectionForm({ issueId }: { issueId: number }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<CorrectionState, FormData>(startCorrectionWithNoteAction, null);
  const failed = state && !state.ok ? state : null;
  const fieldError = (name: 'noteEn' | 'noteRu') => failed?.fields?.[name];
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="issueId" value={issueId} />
      {(['noteEn', 'noteRu'] as const).map((name) => (
        <div key={name} className={styles.field}>
          <label htmlFor={`correction-${name}`}>{t(`correction.${name}`)}</label>
          <textarea
            id={`correction-${name}`}
            name={name}
            lang={name === 'noteEn' ? 'en' : 'ru'}
            rows={3}
            required
            maxLength={2000}
            defaultValue={failed?.values?.[name] ?? ''}
            aria-invalid={fieldError(name) ? true : undefined}
            aria-describedby={`correction-${name}-hint${fieldError(name) ? ` correction-${name}-error` : ''}`}
          />
          <span id={`correction-${name}-hint`} className={styles.hint}>
            {t('correction.noteHint')}
          </span>
          {fieldError(name) ? (
            <p id={`correction-${name}-error`} className={styles.fieldError}>
              {t(fieldError(name) === 'too_long' ? 'correction.noteTooLong' : 'correction.noteRequired')}
            </p>
          ) : null}
        </div>
      ))}
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('correction.pending') : t('correction.submit')}
        </button>
      </div>
      <p role="status" className={failed ? styles.formError : styles.ok}>
        {failed ? (failed.error === 'invalid' ? t('errors.invalid') : t(`errors.${failed.error === 'not_found' ? 'notFound' : failed.error === 'conflict' ? 'changed' : failed.error}`)) : state?.ok ? t('correction.done') : ''}
      </p>
    </form>
  );
}
