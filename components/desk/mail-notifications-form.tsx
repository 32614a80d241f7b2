'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { setMailNotificationsAction, type MailNotificationsState } from '@/app/actions/mail-notifications';
import styles from './dashboard/dashboard.module.css';

/** At the foot of the dashboard, when the app sends e-mail: the user's own notifications, on or off. */
export function MailNotificationsForm({ enabled, reviews }: { enabled: boolean; reviews: boolean }) {
  const t = useTranslations('desk.mailNotifications');
  const [state, action, pending] = useActionState<MailNotificationsState, FormData>(setMailNotificationsAction, null);
  const on = state?.ok ? state.enabled : enabled;
  return (
    <form action={action} className={styles.help}>
      <input type="hidden" name="enabled" value={on ? 'off' : 'on'} />
      {on ? t('on', { review: reviews ? 'yes' : 'no' }) : t('off')}{' '}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('pending') : on ? t('turnOff') : t('turnOn')}
      </button>
      <span role="status">{state && !state.ok ? ` ${t('failed')}` : ''}</span>
    </form>
  );
}
