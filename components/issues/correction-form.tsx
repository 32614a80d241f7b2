'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { startCorrectionAction, type IssueFormState } from '@/app/actions/issues';
import styles from './issues.module.css';

export function CorrectionForm({ issueId }: { issueId: number }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<IssueFormState, FormData>(startCorrectionAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className={styles.actions}>
      <input type="hidden" name="issueId" value={issueId} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('correction.pending') : t('correction.submit')}
      </button>
      <p role="status" className={failed ? styles.formError : styles.ok}>
        {failed ? t(`errors.${failed.error}`) : state?.ok ? t('correction.done') : ''}
      </p>
    </form>
  );
}
