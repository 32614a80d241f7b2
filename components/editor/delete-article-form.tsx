'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { deleteArticleAction, type FormActionState } from '@/app/actions/articles';
import styles from './editor.module.css';

/** Deleting asks first; on success the action goes back to the desk. */
export function DeleteArticleForm({ articleId }: { articleId: number }) {
  const t = useTranslations('editor');
  const [state, formAction, pending] = useActionState<FormActionState, FormData>(deleteArticleAction, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form
      action={formAction}
      className={styles.danger}
      onSubmit={(e) => {
        if (!window.confirm(t('delete.confirm'))) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={articleId} />
      <button type="submit" className="button" disabled={pending}>
        {t('delete.button')}
      </button>
      <span className={styles.hint}>{t('delete.hint')}</span>
      {failure && (
        <p role="alert" className={styles.error}>
          {failure.error === 'forbidden' ? t(`delete.forbidden_${failure.reason === 'in_issue' ? 'in_issue' : 'other'}`) : t(`errors.${failure.error}`)}
        </p>
      )}
    </form>
  );
}
