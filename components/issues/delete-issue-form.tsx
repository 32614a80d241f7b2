'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { deleteIssueAction, type IssueFormState } from '@/app/actions/issues';
import styles from './issues.module.css';

/** Folded away, and only with the box ticked: deleting is for an issue created by mistake. */
export function DeleteIssueForm({ issueId, number, year, articles }: { issueId: number; number: number; year: number; articles: number }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<IssueFormState, FormData>(deleteIssueAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <details className={styles.deleteIssue} open={!!failed}>
      <summary>{t('delete.title')}</summary>
      <p className={styles.hint}>{t('delete.intro', { number, count: articles })}</p>
      <form action={action} className={styles.actions}>
        <input type="hidden" name="issueId" value={issueId} />
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {t('delete.confirm', { number, year })}
        </label>
        <button type="submit" className="button danger" disabled={pending}>
          {pending ? t('delete.pending') : t('delete.submit')}
        </button>
        <p role="status" className={failed ? styles.formError : styles.ok}>
          {failed ? (failed.fields?.confirm ? t(`fieldErrors.${failed.fields.confirm}`) : t(`errors.${failed.error}`)) : ''}
        </p>
      </form>
    </details>
  );
}
