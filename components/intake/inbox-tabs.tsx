import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { INTAKE_STATUSES, type IntakeStatus } from '@/lib/db/schema';
import own from './intake.module.css';

/** New / kept / dismissed / used, each with its count under the current filters (the filters stay when switching). */
export async function InboxTabs({ current, counts, query }: { current: IntakeStatus; counts: Record<IntakeStatus, number>; query: Record<string, string> }) {
  const t = await getTranslations('intake.inbox');
  return (
    <nav className={own.tabs} aria-label={t('tabsLabel')}>
      <ul>
        {INTAKE_STATUSES.map((status) => {
          const params = new URLSearchParams({ ...query, status });
          params.delete('page');
          if (status === 'new') params.delete('status');
          const href = `/desk/inbox${params.size ? `?${params}` : ''}`;
          return (
            <li key={status}>
              <Link href={href} aria-current={status === current ? 'page' : undefined} data-tab={status}>
                {t(`tabs.${status}`)} <span className={own.count}>{counts[status]}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
