'use client';

import { useActionState, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import { addCommentAction, type FormActionState } from '@/app/actions/articles';
import styles from './review.module.css';

export function CommentForm({ articleId }: { articleId: number }) {
  const t = useTranslations('review');
  const [state, formAction, pending] = useActionState<FormActionState, FormData>(addCommentAction, null);
  const body = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (state?.ok && body.current) body.current.value = '';
  }, [state]);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} className={styles.form}>
      <input type="hidden" name="articleId" value={articleId} />
      <div className={styles.field}>
        <label htmlFor="new-comment">{t('thread.label')}</label>
        <textarea
          ref={body}
          id="new-comment"
          name="body"
          rows={3}
          required
          defaultValue={failure?.values?.body ?? ''}
          aria-invalid={failure?.fields?.body ? true : undefined}
          aria-describedby="new-comment-error"
        />
      </div>
      <p id="new-comment-error" role="alert" className={styles.error}>
        {failure ? (failure.fields?.body ? t('errors.commentEmpty') : t(`errors.${failure.error}`)) : ''}
      </p>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? t('thread.posting') : t('thread.add')}
      </button>
    </form>
  );
}
