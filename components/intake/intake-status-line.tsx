'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { IntakeFailure } from '@/app/actions/intake';
import styles from '@/components/admin/admin.module.css';

/** The outcome of an intake form: a polite status on success, an alert on failure (then the first marked field gets the focus). */
export function IntakeStatusLine({ state, success }: { state: { ok: true } | IntakeFailure | null; success?: ReactNode }) {
  const t = useTranslations('intake');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) box.current?.closest('form')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  return (
    <div ref={box} style={{ maxWidth: '48rem' }}>
      {state && !state.ok ? (
        <p className={styles.failure} role="alert">
          {t(state.error)}
        </p>
      ) : (
        <div role="status" aria-live="polite" className={state && success ? styles.success : undefined}>
          {state ? success : null}
        </div>
      )}
    </div>
  );
}
