'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { AdminFailure } from '@/app/actions/admin';
import styles from './admin.module.css';

/**
 * The outcome of a form: a polite status on success, an alert (translated error key) on failure,
 * after which the first marked field gets the focus.
 */
export function FormStatus({ state, success }: { state: { ok: true } | AdminFailure | null; success?: ReactNode }) {
  const t = useTranslations('admin');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) box.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <div ref={box}>
      {state && !state.ok ? (
        <p className={styles.failure} role="alert">
          {t(state.error)}
        </p>
      ) : (
        <div role="status" aria-live="polite" className={state ? styles.success : undefined}>
          {state ? success : null}
        </div>
      )}
    </div>
  );
}
