import { getTranslations } from 'next-intl/server';
import { switchLocale } from '@/app/actions/auth';
import { ReturnToField } from '@/components/return-to-field';
import { LogoutButton } from '@/components/auth/logout-button';
import type { SessionUser } from '@/lib/auth/validate-session';
import { otherLang, type Lang } from '@/lib/domain/lang';
import { CAN_ASSEMBLE_ISSUES } from '@/lib/domain/workflow';
import { ADMIN_AREA_ROLES } from '@/components/admin/admin-roles';
import type { DeskAlert } from '@/lib/domain/desk-alerts';
import { DeskAlerts } from './desk-alerts';
import { DeskNav, type DeskNavItem } from './desk-nav';
import styles from './desk.module.css';


/** The header of the desk and the admin area: sections the user's role opens, who is signed in, language, logout. */
export async function DeskHeader({ user, locale, alerts = [] }: { user: SessionUser; locale: Lang; alerts?: DeskAlert[] }) {
  const t = await getTranslations('desk');
  const items: DeskNavItem[] = [
    { href: '/desk', label: t('nav.dashboard') },
    { href: '/desk/inbox', label: t('nav.inbox') },
    { href: '/desk/articles/new', label: t('nav.newArticle') },
    { href: '/desk/search', label: t('nav.search') },
  ];
  if (CAN_ASSEMBLE_ISSUES.includes(user.role)) items.push({ href: '/desk/issues', label: t('nav.issues') });
  if (ADMIN_AREA_ROLES.includes(user.role)) items.push({ href: '/admin', label: t('nav.admin') });
  const next = otherLang(locale);
  return (
    <header className={styles.bar} data-desk-header>
      <span className={styles.area}>{t('area')}</span>
      <DeskNav items={items} label={t('nav.label')} />
      <DeskAlerts alerts={alerts} variant="header" />
      <div className={styles.user}>
        <span className={styles.who} title={`${user.name}, ${t(`roles.${user.role}`)}`}>
          {t.rich('signedInAs', { name: user.name, role: t(`roles.${user.role}`), strong: (chunks) => <strong>{chunks}</strong> })}
        </span>
        <form action={switchLocale} className={styles.switch}>
          <input type="hidden" name="locale" value={next} />
          <ReturnToField />
          <button type="submit" lang={next} aria-label={t('switchLanguageLabel')}>
            {t('switchLanguage')}
          </button>
        </form>
        <LogoutButton />
      </div>
    </header>
  );
}
