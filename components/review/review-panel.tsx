'use client';

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { transitionArticleAction, type FormActionState } from '@/app/actions/articles';
import type { ReviewRequirement } from '@/lib/domain/article-completeness';
import type { ArticleState, Transition } from '@/lib/domain/workflow';
import { useDraftHandle } from '@/components/editor/draft-context';
import styles from './review.module.css';

interface Props {
  articleId: number;
  status: ArticleState;
  version: number;
  /** What this user may do now (availableTransitions); the server checks again. */
  transitions: Transition[];
  /** What keeps the stored text from review; shown next to the submit button. */
  missing: ReviewRequirement[];
  /** Translation-check errors of the stored text not dismissed: approving them needs a reason. */
  translationErrors?: number;
}

const NEEDS_REASON: readonly Transition[] = ['request_changes', 'reopen'];
const MISSING_KEYS: readonly string[] = ['country', 'eventDate', 'text', 'source'];

/** Submit, approve, request changes, reopen: pending edits are saved first, then the transition is sent. */
export function ReviewPanel({ articleId, status, version, transitions, missing, translationErrors = 0 }: Props) {
  const t = useTranslations('review');
  const tc = useTranslations('translationChecks');
  const [state, formAction, pending] = useActionState<FormActionState, FormData>(transitionArticleAction, null);
  const [local, setLocal] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const draft = useDraftHandle();
  const comment = useRef<HTMLTextAreaElement>(null);
  const overrideReason = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (state?.ok && comment.current) comment.current.value = '';
  }, [state]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const transition = data.get('transition') as Transition | null;
    if (transition && NEEDS_REASON.includes(transition) && !String(data.get('comment') ?? '').trim()) {
      setLocal(t('errors.commentRequired'));
      comment.current?.focus();
      return;
    }
    if (transition === 'approve' && translationErrors > 0 && !String(data.get('overrideReason') ?? '').trim()) {
      setLocal(tc('approve.reasonRequired'));
      overrideReason.current?.focus();
      return;
    }
    setLocal(null);
    if (draft?.current) {
      if (!(await draft.current.flush())) {
        setLocal(t('errors.saveFirst'));
        return;
      }
      data.set('expectedVersion', String(draft.current.version()));
    }
    startTransition(() => formAction(data));
  };

  const failure = state && !state.ok ? state : null;
  const missingNow = failure?.error === 'invalid' ? Object.keys(failure.fields ?? {}).filter((k) => MISSING_KEYS.includes(k)) : [];
  const shownMissing = missingNow.length > 0 ? missingNow : transitions.includes('submit') ? missing : [];
  const message =
    local ??
    (failure && missingNow.length === 0
      ? failure.fields?.comment
        ? t('errors.commentRequired')
        : failure.fields?.overrideReason
          ? tc('approve.reasonRequired')
        : failure.error === 'forbidden'
          ? t(`errors.forbidden_${failure.reason === 'role' ? 'role' : 'state'}`)
          : t(`errors.${failure.error}`)
      : null);

  return (
    <section className={styles.panel} aria-labelledby="review-title" data-saves-draft>
      <h2 id="review-title">{t('title')}</h2>
      <p>
        {t('statusLine')} <span className={`${styles.badge} ${styles[status]}`}>{t(`status.${status}`)}</span>
      </p>
      <p className={styles.muted}>{t(`explain.${status}`)}</p>
      {shownMissing.length > 0 && (
        <div className={styles.missing} role={missingNow.length > 0 ? 'alert' : undefined}>
          <p>{t('missing.intro')}</p>
          <ul>
            {shownMissing.map((m) => (
              <li key={m}>{t(`missing.${m}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {transitions.length === 0 ? (
        <p className={styles.muted}>{t('noActions')}</p>
      ) : (
        <form onSubmit={onSubmit} className={styles.form}>
          <input type="hidden" name="id" value={articleId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <div className={styles.field}>
            <label htmlFor="transition-comment">{t('commentLabel')}</label>
            <textarea
              ref={comment}
              id="transition-comment"
              name="comment"
              rows={3}
              defaultValue={failure?.values?.comment ?? ''}
              aria-describedby="transition-comment-hint"
            />
            <span id="transition-comment-hint" className={styles.muted}>
              {transitions.some((x) => NEEDS_REASON.includes(x)) ? t('commentHintReason') : t('commentHint')}
            </span>
          </div>
          {transitions.includes('approve') && (translationErrors > 0 || !!failure?.fields?.overrideReason) && (
            <div className={styles.field}>
              <p className={styles.missing} role="note">
                {tc('approve.notice', { count: Math.max(translationErrors, 1) })}
              </p>
              <label htmlFor="override-reason">{tc('approve.reasonLabel')}</label>
              <textarea ref={overrideReason} id="override-reason" name="overrideReason" rows={2} defaultValue={failure?.values?.overrideReason ?? ''} />
            </div>
          )}
          <div className={styles.buttons}>
            {transitions.map((tr) => (
              <button
                key={tr}
                type="submit"
                name="transition"
                value={tr}
                className={tr === 'request_changes' || tr === 'reopen' ? 'button' : 'button primary'}
                disabled={pending}
              >
                {t(`transitions.${tr}`)}
              </button>
            ))}
          </div>
        </form>
      )}
      <p role="alert" className={styles.error}>
        {message ?? ''}
      </p>
      {pending && (
        <p role="status" className={styles.muted}>
          {t('working')}
        </p>
      )}
    </section>
  );
}
