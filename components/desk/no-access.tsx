import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Role } from '@/lib/domain/workflow';
import styles from './desk.module.css';

/** Shown instead of a page the user's role does not open (the server never renders its content). */
export async function NoAccess({ role }: { role: Role }) {
  const t = await getTranslations('desk');
  return (
    <section className={styles.notice} aria-labelledby="no-access-title">
      <h1 id="no-access-title">{t('noAccess.title')}</h1>
      <p>{t('noAccess.body', { role: t(`roles.${role}`) })}</p>
      <p>
        <Link href="/desk">{t('noAccess.back')}</Link>
      </p>
    </section>
  );
}
