'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { publishIssueAction, type IssueFormState } from '@/app/actions/issues';
import { LANGS, type Lang } from '@/lib/domain/lang';
import styles from './issues.module.css';

/** Both editions by default; leaving one out asks for an explicit confirmation. */
export function PublishForm({ issueId, nextRevision, blocked }: { issueId: number; nextRevision: number; blocked: boolean }) {
  const t = useTranslations('issues');
  const [state, action, pending] = useActionState<IssueFormState, FormData>(publishIssueAction, null);
  const [chosen, setChosen] = useState<Lang[]>([...LANGS]);
  const single = chosen.length === 1 ? chosen[0]! : null;
  const failed = state && !state.ok ? state : null;
  const toggle = (lang: Lang, on: boolean) => setChosen((list) => LANGS.filter((l) => (l === lang ? on : list.includes(l))));
  return (
    <form action={action} className={styles.form}>
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
        <button type="submit" className="button primary" disabled={pending || blocked || chosen.length === 0}>
          {t('publish.submit', { revision: nextRevision })}
        </button>
      </div>
      <p role="status" aria-live="polite" className={failed ? styles.formError : styles.ok}>
        {pending ? t('publish.pending') : failed ? t(`errors.${failed.error}`) : state?.ok ? t('publish.done', { revision: state.revision ?? nextRevision }) : ''}
      </p>
    </form>
  );
}
