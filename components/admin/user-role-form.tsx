'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { updateUserRoleAction } from '@/app/actions/admin';
import { ROLES, type Role } from '@/lib/domain/workflow';
import { Field } from './field';
import { FormStatus } from './form-status';
import styles from './admin.module.css';

export function UserRoleForm({ userId, role }: { userId: number; role: Role }) {
  const t = useTranslations('admin');
  const [state, action, pending] = useActionState(updateUserRoleAction, null);
  return (
    <form action={action} className={`${styles.panel} ${styles.form}`}>
      <fieldset className={styles.fieldset}>
        <legend>{t('user.role.legend')}</legend>
        <input type="hidden" name="userId" value={userId} />
        <Field
          id="role"
          name="role"
          label={t('user.role.label')}
          hint={t('user.role.hint')}
          defaultValue={state && !state.ok ? state.values?.role : role}
          error={state && !state.ok ? state.fields?.role : undefined}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
      </fieldset>
      <FormStatus state={state} success={t('user.role.done')} />
      <div className={styles.buttons}>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? t('user.role.pending') : t('user.role.submit')}
        </button>
      </div>
    </form>
  );
}
