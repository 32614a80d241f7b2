'use client';

import { useDeferredValue, useMemo, useState, useTransition, type FormEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { dismissTranslationFindingAction } from '@/app/actions/translation-checks';
import { compileTermbase } from '@/lib/domain/termbase-match';
import type { Term } from '@/lib/domain/termbase';
import {
  checkTranslation,
  countFindings,
  latinTermNames,
  type ArticleFinding,
  type CheckOptions,
  type CheckedPhoto,
  type FindingKind,
  type FindingMessage,
} from '@/lib/domain/translation-checks';
import { useDraftHandle } from '@/components/editor/draft-context';
import { useLiveTexts, type LiveTexts } from './live-texts';
import styles from './findings.module.css';
import { formatDate } from '@/lib/domain/date-format';

/** A dismissal as the server knows it (for the stored text). */
export interface DismissalView {
  fingerprint: string;
  kind: FindingKind;
  message: FindingMessage;
  values: Record<string, string | number>;
  reason: string;
  by: string | null;
  at: string;
}

interface Props {
  articleId: number;
  /** The stored texts: checked when no editor is open. */
  stored: LiveTexts;
  photos: CheckedPhoto[];
  termbase: Term[];
  dismissed: DismissalView[];
  /** May dismiss warnings (can edit the article, or chief editor). */
  canDismiss: boolean;
  /** May dismiss errors too (chief editor, administrator). */
  canDismissErrors: boolean;
}

/**
 * The English↔Russian consistency checks beside the editor: run in the browser on the text being
 * typed (the same pure functions the server runs on approval), with dismissals and their reasons.
 */
export function FindingsPanel({ articleId, stored, photos, termbase, dismissed, canDismiss, canDismissErrors }: Props) {
  const t = useTranslations('translationChecks');
  const locale = useLocale();
  const live = useLiveTexts();
  const texts = useDeferredValue(live ?? stored);
  const options = useMemo<CheckOptions>(
    () => ({ terms: { en: compileTermbase(termbase, 'en'), ru: compileTermbase(termbase, 'ru') }, latinNames: latinTermNames(termbase) }),
    [termbase],
  );
  const all = useMemo(() => checkTranslation({ ...texts, photos }, options), [texts, photos, options]);
  const dismissedHere = useMemo(() => {
    const current = new Set(all.map((f) => f.fingerprint));
    return dismissed.filter((d) => current.has(d.fingerprint));
  }, [all, dismissed]);
  const gone = useMemo(() => new Set(dismissedHere.map((d) => d.fingerprint)), [dismissedHere]);
  const findings = all.filter((f) => !gone.has(f.fingerprint));
  const { errors, warnings } = countFindings(findings);

  return (
    <section id="translation-checks" className={styles.panel} aria-labelledby="translation-checks-title">
      <h2 id="translation-checks-title">{t('title')}</h2>
      <p className={styles.muted}>{t('live')}</p>
      <p className={styles.summary} role="status" aria-live="polite">
        {t('summary', { errors, warnings })}
      </p>
      {findings.length === 0 ? (
        <p className={styles.ok}>{t('none')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('title')}>
          {findings.map((f) => (
            <FindingItem
              key={f.fingerprint}
              finding={f}
              articleId={articleId}
              mayDismiss={canDismiss && (f.severity === 'warning' || canDismissErrors)}
            />
          ))}
        </ul>
      )}
      {dismissedHere.length > 0 && (
        <details className={styles.dismissed}>
          <summary>{t('dismiss.dismissed', { count: dismissedHere.length })}</summary>
          <ul>
            {dismissedHere.map((d) => (
              <li key={d.fingerprint}>
                {t(`messages.${d.message}`, d.values)} {t('dismiss.entry', { reason: d.reason, name: d.by ?? '—', date: formatDate(d.at, locale) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function FindingItem({ finding: f, articleId, mayDismiss }: { finding: ArticleFinding; articleId: number; mayDismiss: boolean }) {
  const t = useTranslations('translationChecks');
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const draft = useDraftHandle();
  const reasonId = `dismiss-${f.fingerprint.replace(/[^\w-]/g, '_')}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (!reason) {
      setFailure(t('errors.invalid'));
      return;
    }
    setFailure(null);
    startTransition(async () => {
      // The server checks the stored text: pending edits are saved first.
      if (draft?.current && !(await draft.current.flush())) {
        setFailure(t('errors.conflict'));
        return;
      }
      const result = await dismissTranslationFindingAction({ articleId, fingerprint: f.fingerprint, reason });
      if (result.ok) setOpen(false);
      else setFailure(result.reason === 'errors_chief_only' ? t('dismiss.errorsChiefOnly') : t(`errors.${result.error}`));
    });
  };

  return (
    <li className={`${styles.finding} ${styles[f.severity]}`} data-kind={f.kind} data-severity={f.severity}>
      <p className={styles.head}>
        <span className={styles.severity}>{t(`severity.${f.severity}`)}</span>
        <span>{t(`kinds.${f.kind}`)}</span>
        <span className={styles.where}>{t(`fields.${f.field}`, { photo: f.photo ?? 0 })}</span>
      </p>
      <p className={styles.message}>{t(`messages.${f.message}`, f.values)}</p>
      {(f.en || f.ru) && (
        <dl className={styles.excerpts}>
          {f.en && (
            <>
              <dt>{t('sides.en')}</dt>
              <dd lang="en">{f.en}</dd>
            </>
          )}
          {f.ru && (
            <>
              <dt>{t('sides.ru')}</dt>
              <dd lang="ru">{f.ru}</dd>
            </>
          )}
        </dl>
      )}
      {mayDismiss && (
        <div className={styles.actions}>
          {!open ? (
            <button type="button" className={styles.linkButton} onClick={() => setOpen(true)}>
              {t('dismiss.button')}
            </button>
          ) : (
            <form className={styles.dismissForm} onSubmit={onSubmit}>
              <label htmlFor={reasonId}>{t('dismiss.reasonLabel')}</label>
              <textarea id={reasonId} name="reason" rows={2} maxLength={2000} required />
              <div className={styles.buttons}>
                <button type="submit" className="button" disabled={pending}>
                  {t('dismiss.submit')}
                </button>
                <button type="button" className="button" onClick={() => setOpen(false)} disabled={pending}>
                  {t('dismiss.cancel')}
                </button>
              </div>
            </form>
          )}
          <p role="alert" className={styles.failure}>
            {failure ?? ''}
          </p>
        </div>
      )}
    </li>
  );
}
