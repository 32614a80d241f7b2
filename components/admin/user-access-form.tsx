'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { setUserActiveAction } from '@/app/actions/admin';
import { FormStatus } from './form-status';
import styles from './admin.module.css';

export function UserAccessForm({ userId, active }: { userId: number; active: boolean }) {
  const t = useTranslations('admin');
  const [state, action, pending] = useActionState(setUserActiveAction, null);
  const done = state?.ok ? (state.active ? t('user.access.reactivated') : t('user.access.deactivated')) : null;
  return (
    <form action={action} className={`${styles.panel} ${styles.form}`}>
      <fieldset className={styles.fieldset}>
        <legend>{t('user.access.legend')}</legend>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="active" value={active ? 'false' : 'true'} />
        <p className={styles.hint} id="access-hint">
          {active ? t('user.access.deactivateHint') : t('user.access.reactivateHint')}
        </p>
      </fieldset>
      <FormStatus state={state} success={done} />
      <div className={styles.buttons}>
        <button
          type="submit"
          className={`button ${active ? styles.danger : 'primary'}`}
          disabled={pending}
          aria-busy={pending}
          aria-describedby="access-hint"
        >
          {pending ? t('user.access.pending') : active ? t('user.access.deactivate') : t('user.access.reactivate')}
        </button>
      </div>
    </form>
  );
}
