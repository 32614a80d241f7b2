'use client';

import type { AdminFailure } from '@/app/actions/admin';
import { FormStatus } from './form-status';
import styles from './admin.module.css';

/** The end of a settings form: its outcome, then the submit button (busy while the action runs). */
export function FormFooter({
  state,
  pending,
  labels,
}: {
  state: { ok: true } | AdminFailure | null;
  pending: boolean;
  labels: { saved: string; pending: string; submit: string };
}) {
  return (
    <>
      <div style={{ maxWidth: '48rem' }}>
        <FormStatus state={state} success={labels.saved} />
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="button primary" disabled={pending} aria-busy={pending}>
          {pending ? labels.pending : labels.submit}
        </button>
      </div>
    </>
  );
}
