'use client';

import { useRef, useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { applyUserLocale } from '@/app/actions/auth';
import styles from './auth.module.css';

type Failure = 'failed' | 'networkError';

/**
 * Signs in through next-auth's credentials provider without leaving the page, so that a failure
 * stays here with one message that never tells whether the account exists or is locked.
 */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const password = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setFailure(null);
    try {
      const result = await signIn('credentials', {
        redirect: false,
        email: String(data.get('email') ?? ''),
        password: String(data.get('password') ?? ''),
      });
      if (!result || result.error) {
        setFailure('failed');
        if (password.current) {
          password.current.value = '';
          password.current.focus();
        }
        setPending(false);
        return;
      }
      await applyUserLocale().catch(() => null);
      // A full load, so that the page comes with the session and the user's language.
      window.location.assign(next);
    } catch {
      setFailure('networkError');
      setPending(false);
    }
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-describedby={failure ? 'login-error' : undefined}>
      {failure && (
        <p id="login-error" className={styles.error} role="alert">
          {t(failure)}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="login-email">{t('email')}</label>
        <input id="login-email" name="email" type="email" autoComplete="username" required maxLength={320} autoFocus />
      </div>
      <div className={styles.field}>
        <label htmlFor="login-password">{t('password')}</label>
        <input id="login-password" ref={password} name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </div>
      <button type="submit" className={`button primary ${styles.submit}`} disabled={pending} aria-busy={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
