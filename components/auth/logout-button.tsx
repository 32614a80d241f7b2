'use client';

import { useState } from 'react';
import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import styles from './auth.module.css';

/** next-auth's sign-out; its signOut event bumps the session version, which ends every copy of the session. */
export function LogoutButton() {
  const t = useTranslations('auth');
  const [pending, setPending] = useState(false);

  async function logout() {
    setPending(true);
    try {
      await signOut({ redirect: false });
    } finally {
      window.location.assign('/login');
    }
  }

  return (
    <button type="button" className={styles.logout} onClick={logout} disabled={pending} aria-busy={pending}>
      {pending ? t('logoutPending') : t('logout')}
    </button>
  );
}
