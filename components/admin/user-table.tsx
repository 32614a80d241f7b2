import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { UserListing } from '@/lib/db/queries/users';
import styles from './admin.module.css';
import { formatDate, formatTime } from '@/lib/domain/date-format';

export function isLocked(user: Pick<UserListing, 'lockedUntil'>, now = new Date()): boolean {
  return !!user.lockedUntil && new Date(user.lockedUntil) > now;
}

export async function UserStatus({ user }: { user: UserListing }) {
  const t = await getTranslations('admin.users');
  const locale = await getLocale();
  return (
    <>
      <span className={`${styles.badge} ${user.active ? styles.badgeActive : styles.badgeInactive}`}>{user.active ? t('active') : t('inactive')}</span>
      {isLocked(user) && (
        <>
          {' '}
          <span className={`${styles.badge} ${styles.badgeLocked}`}>
            {t('lockedUntil', { time: formatTime(user.lockedUntil!, locale) })}
          </span>
        </>
      )}
    </>
  );
}

export async function UserTable({ users, currentUserId }: { users: UserListing[]; currentUserId: number }) {
  const t = await getTranslations('admin');
  const locale = await getLocale();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.created')}</th>
            <th scope="col">
              <span className={styles.visuallyHidden}>{t('users.manage')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : styles.inactiveRow}>
              <th scope="row">
                {user.name}
                {user.id === currentUserId && <span className={styles.muted}> ({t('users.you')})</span>}
              </th>
              <td>{user.email}</td>
              <td className={styles.nowrap}>{t(`roles.${user.role}`)}</td>
              <td>
                <UserStatus user={user} />
              </td>
              <td className={`${styles.nowrap} ${styles.muted}`}>{formatDate(user.createdAt, locale)}</td>
              <td>
                <Link href={`/admin/users/${user.id}`} aria-label={t('users.manageUser', { name: user.name })}>
                  {t('users.manage')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
