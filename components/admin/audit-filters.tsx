import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { AuditFilter } from '@/lib/db/queries/audit';
import { isAuditAction, isAuditEntity } from '@/lib/domain/audit-vocabulary';
import styles from './admin.module.css';

export interface AuditQuery {
  filter: Required<AuditFilter>;
  before: number | null;
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

export function parseAuditParams(params: SearchParams): AuditQuery {
  const before = one(params.before, 12);
  return {
    filter: { action: one(params.action, 60), actor: one(params.actor, 320), entity: one(params.entity, 60), entityId: one(params.entityId, 60) },
    before: /^\d{1,12}$/.test(before) ? Number(before) : null,
  };
}

export function auditHref(query: AuditQuery): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query.filter)) if (value) search.set(key, value);
  if (query.before != null) search.set('before', String(query.before));
  const text = search.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}

export async function AuditFilters({ query, vocabulary }: { query: AuditQuery; vocabulary: { actions: string[]; entities: string[] } }) {
  const t = await getTranslations('admin.audit');
  const { filter } = query;
  const active = Object.values(filter).some(Boolean);
  return (
    <form method="get" action="/admin/audit" className={styles.search} role="search" aria-label={t('legend')}>
      <div className={styles.field}>
        <label htmlFor="audit-action">{t('action')}</label>
        <select id="audit-action" name="action" defaultValue={filter.action}>
          <option value="">{t('anyAction')}</option>
          {vocabulary.actions.map((a) => (
            <option key={a} value={a}>
              {isAuditAction(a) ? t(`actions.${a}`) : a}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="audit-actor">{t('actor')}</label>
        <input id="audit-actor" name="actor" type="search" defaultValue={filter.actor} maxLength={320} aria-describedby="audit-actor-hint" style={{ width: '16rem' }} />
        <span id="audit-actor-hint" className={styles.hint}>
          {t('actorHint')}
        </span>
      </div>
      <div className={styles.field}>
        <label htmlFor="audit-entity">{t('entity')}</label>
        <select id="audit-entity" name="entity" defaultValue={filter.entity}>
          <option value="">{t('anyEntity')}</option>
          {vocabulary.entities.map((e) => (
            <option key={e} value={e}>
              {isAuditEntity(e) ? t(`entities.${e}`) : e}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor="audit-entity-id">{t('entityId')}</label>
        <input id="audit-entity-id" name="entityId" defaultValue={filter.entityId} maxLength={60} style={{ width: '7rem' }} />
      </div>
      <div className={styles.buttons}>
        <button type="submit" className="button primary">
          {t('apply')}
        </button>
        {active && <Link href="/admin/audit">{t('reset')}</Link>}
      </div>
    </form>
  );
}
