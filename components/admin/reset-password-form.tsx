'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { resetUserPasswordAction } from '@/app/actions/admin';
import { Field, passwordError } from './field';
import { FormStatus } from './form-status';
import { OneTimeSecret } from './one-time-secret';
import styles from './admin.module.css';

export function ResetPasswordForm({ userId }: { userId: number }) {
  const t = useTranslations('admin');
  const [state, action, pending] = useActionState(resetUserPasswordAction, null);
  return (
    <form action={action} className={`${styles.panel} ${styles.form}`} noValidate>
      <fieldset className={styles.fieldset}>
        <legend>{t('user.password.legend')}</legend>
        <input type="hidden" name="userId" value={userId} />
        <Field
          id="new-password"
          name="password"
          type="password"
          label={t('user.password.label')}
          hint={t('user.password.hint')}
          error={passwordError(state && !state.ok ? state.fields?.password : undefined)}
          maxLength={1024}
          autoComplete="new-password"
        />
      </fieldset>
      <FormStatus
        state={state}
        success={
          state?.ok && (
            <>
              {t('user.password.done')}
              {state.generatedPassword && (
                <>
                  <br />
                  {t('user.password.generated')}
                  <OneTimeSecret value={state.generatedPassword} copyLabel={t('copy')} copiedLabel={t('copied')} />
                </>
              )}
            </>
          )
        }
      />
      <div className={styles.buttons}>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? t('user.password.pending') : t('user.password.submit')}
        </button>
      </div>
    </form>
  );
}
