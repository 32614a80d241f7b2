'use client';

import { useActionState, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { createUserAction } from '@/app/actions/admin';
import { ROLES } from '@/lib/domain/workflow';
import { Field, passwordError } from './field';
import { FormStatus } from './form-status';
import { OneTimeSecret } from './one-time-secret';
import styles from './admin.module.css';

function CreateUserRound({ onAnother }: { onAnother: () => void }) {
  const t = useTranslations('admin');
  const [state, action, pending] = useActionState(createUserAction, null);

  if (state?.ok) {
    return (
      <section className={styles.panel} aria-labelledby="created-title">
        <h2 id="created-title">{t('newUser.created', { email: state.email })}</h2>
        <FormStatus
          state={state}
          success={
            state.generatedPassword ? (
              <>
                {t('newUser.generated')}
                <OneTimeSecret value={state.generatedPassword} copyLabel={t('copy')} copiedLabel={t('copied')} />
              </>
            ) : (
              t('newUser.typed')
            )
          }
        />
        <p className={styles.buttons}>
          <Link href={`/admin/users/${state.userId}`}>{t('newUser.open')}</Link>
          <button type="button" className="button" onClick={onAnother}>
            {t('newUser.another')}
          </button>
        </p>
      </section>
    );
  }

  const values = state?.values ?? {};
  const fields = state?.fields ?? {};
  return (
    <form action={action} className={`${styles.panel} ${styles.form}`} noValidate>
      <FormStatus state={state} />
      <div className={styles.grid}>
        <Field id="user-name" name="name" label={t('newUser.name')} defaultValue={values.name} error={fields.name} required maxLength={200} autoComplete="off" />
        <Field id="user-email" name="email" type="email" label={t('newUser.email')} defaultValue={values.email} error={fields.email} required maxLength={320} autoComplete="off" />
        <Field
          id="user-role"
          name="role"
          label={t('newUser.role')}
          defaultValue={values.role ?? 'editor'}
          error={fields.role}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <Field
          id="user-password"
          name="password"
          type="password"
          label={t('newUser.password')}
          hint={t('newUser.passwordHint')}
          error={passwordError(fields.password)}
          maxLength={1024}
          autoComplete="new-password"
        />
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? t('newUser.pending') : t('newUser.submit')}
        </button>
      </div>
    </form>
  );
}

/** The new-account form; after a success, "create another" starts a fresh round (the shown password is gone). */
export function CreateUserForm() {
  const [round, setRound] = useState(0);
  return <CreateUserRound key={round} onAnother={() => setRound((n) => n + 1)} />;
}
