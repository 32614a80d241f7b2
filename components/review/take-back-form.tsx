'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { takeBackArticleAction, type TakeBackState } from '@/app/actions/take-back';
import styles from './review.module.css';

/** "Take back to edit": offered to the author of a submitted article nobody has started reviewing. */
export function TakeBackForm({ articleId }: { articleId: number }) {
  const t = useTranslations('review.takeBack');
  const tr = useTranslations('review');
  const [state, action, pending] = useActionState<TakeBackState, FormData>(takeBackArticleAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="id" value={articleId} />
      <p className={styles.muted}>{t('hint')}</p>
      <div className={styles.buttons}>
        <button type="submit" className="button" disabled={pending}>
          {t('submit')}
        </button>
      </div>
      <p role="status" className={failed ? styles.error : styles.muted}>
        {failed ? (failed.reason === 'review_started' ? t('reviewStarted') : tr(`errors.${failed.error === 'forbidden' ? 'forbidden_state' : failed.error}`)) : state?.ok ? t('done') : ''}
      </p>
    </form>
  );
}
