'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { deleteOutletAction, type IntakeResult } from '@/app/actions/intake';
import styles from '@/components/admin/admin.module.css';
import { IntakeStatusLine } from './intake-status-line';

/** Deletes an outlet nothing came from; one with items is deactivated instead, and the answer says so. */
export function DeleteOutletForm({ id, name, items }: { id: number; name: string; items: number }) {
  const t = useTranslations('intake');
  const [state, action, pending] = useActionState<IntakeResult<{ outcome: 'deleted' | 'deactivated'; items: number }> | null, FormData>(deleteOutletAction, null);
  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="id" value={id} />
      <p className={styles.hint}>{items > 0 ? t('outlets.deleteUsed', { count: items }) : t('outlets.deleteUnused')}</p>
      <IntakeStatusLine state={state} success={state?.ok ? t(state.outcome === 'deleted' ? 'outlets.deleted' : 'outlets.deactivated', { name, count: state.items }) : null} />
      {!(state?.ok && state.outcome === 'deleted') && (
        <div className={styles.buttons}>
          <button type="submit" className={`button ${styles.danger}`} disabled={pending} aria-busy={pending}>
            {items > 0 ? t('outlets.deactivate') : t('outlets.delete')}
          </button>
        </div>
      )}
    </form>
  );
}
