'use client';

import { useActionState, useRef, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { planPublicationAction, publishIssueAction, type IssueFormState, type PublicationPlanResult } from '@/app/actions/issues';
import { LANGS, type Lang } from '@/lib/domain/lang';
import styles from './issues.module.css';

/**
 * Both editions by default; leaving one out asks for an explicit confirmation. "Publish" first opens
 * a confirmation naming the issue, the revision, the editions and their page counts (the editions are
 * rendered for it, into the cache the publication then uses); only its button publishes.
 */
export function PublishForm({ issueId, nextRevision, blocked }: { issueId: number; nextRevision: number; blocked: boolean }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<IssueFormState, FormData>(publishIssueAction, null);
  const [chosen, setChosen] = useState<Lang[]>([...LANGS]);
  const [plan, setPlan] = useState<PublicationPlanResult | null>(null);
  const [planning, startPlanning] = useTransition();
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const single = chosen.length === 1 ? chosen[0]! : null;
  const failed = state && !state.ok ? state : null;
  const toggle = (lang: Lang, on: boolean) => setChosen((list) => LANGS.filter((l) => (l === lang ? on : list.includes(l))));

  const openConfirmation = () => {
    // The single-edition box is still a required field: the browser says so before anything opens.
    if (!form.current?.reportValidity()) return;
    setPlan(null);
    dialog.current?.showModal();
    startPlanning(async () => setPlan(await planPublicationAction({ issueId, langs: chosen })));
  };
  const ready = plan?.ok ? plan.plan : null;

  return (
    <form ref={form} action={action} className={styles.form} onSubmit={() => dialog.current?.close()}>
      <input type="hidden" name="issueId" value={issueId} />
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('publish.editions')}</legend>
        <div className={styles.row}>
          {LANGS.map((lang) => (
            <label key={lang}>
              <input type="checkbox" name="langs" value={lang} checked={chosen.includes(lang)} onChange={(e) => toggle(lang, e.target.checked)} />{' '}
              {t(`langs.${lang}`)}
            </label>
          ))}
        </div>
        {single ? (
          <div>
            <label>
              <input type="checkbox" name="confirmSingle" value="yes" required /> {t('publish.confirmSingle', { lang: single })}
            </label>
            <p className={styles.hint}>{t('publish.confirmSingleHint')}</p>
          </div>
        ) : null}
      </fieldset>
      {blocked ? <p className={styles.formError}>{t('publish.blocked')}</p> : null}
      <div className={styles.actions}>
        <button type="button" className="button primary" onClick={openConfirmation} disabled={pending || blocked || chosen.length === 0}>
          {t('publish.open', { revision: nextRevision })}
        </button>
      </div>
      <p role="status" aria-live="polite" className={failed ? styles.formError : styles.ok}>
        {pending ? t('publish.pending') : failed ? t(`errors.${failed.error}`) : state?.ok ? t('publish.done', { revision: state.revision ?? nextRevision }) : ''}
      </p>

      <dialog ref={dialog} className={styles.dialog} aria-labelledby="publish-confirm-title" onClose={() => setPlan(null)}>
        <h3 id="publish-confirm-title">{ready ? t('publish.confirmTitle', { number: ready.number, year: ready.year }) : t('publish.title')}</h3>
        {planning || !plan ? (
          <p role="status">{t('publish.counting')}</p>
        ) : ready ? (
          <>
            <p>{t('publish.confirmRevision', { revision: ready.revision })}</p>
            <ul>
              {ready.editions.map((edition) => (
                <li key={edition.lang}>{t('publish.confirmEdition', { lang: edition.lang, pages: edition.pageCount })}</li>
              ))}
            </ul>
            <p className={styles.hint}>{t('publish.confirmFinal', { next: ready.revision + 1 })}</p>
          </>
        ) : (
          <p role="alert" className={styles.formError}>
            {t(`errors.${plan.ok ? 'failed' : plan.error}`)}
          </p>
        )}
        <div className={styles.actions}>
          <button type="submit" className="button primary" disabled={!ready}>
            {t('publish.confirm', { revision: ready?.revision ?? nextRevision })}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('publish.cancel')}
          </button>
        </div>
      </dialog>
    </form>
  );
}
