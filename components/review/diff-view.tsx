import { getLocale, getTranslations } from 'next-intl/server';
import type { FieldDiff } from '@/lib/domain/article-diff';
import styles from './review.module.css';
import { formatDateTime } from '@/lib/domain/date-format';

interface Props {
  diffs: FieldDiff[] | null;
  base: { reason: 'submitted' | 'approved'; createdAt: string; version: number } | null;
}

/** What changed since the last review, field by field: insertions and deletions marked, not only coloured. */
export async function DiffView({ diffs, base }: Props) {
  const t = await getTranslations('review');
  const locale = await getLocale();
  return (
    <section className={styles.diff} aria-labelledby="diff-title">
      <h2 id="diff-title">{t('diff.title')}</h2>
      {!base || !diffs ? (
        <p className={styles.muted}>{t('diff.first')}</p>
      ) : (
        <>
          <p className={styles.muted}>
            {t('diff.since', {
              reason: t(`diff.reason.${base.reason}`),
              time: formatDateTime(base.createdAt, locale),
              version: base.version,
            })}
          </p>
          {diffs.length === 0 ? (
            <p>{t('diff.none')}</p>
          ) : (
            <>
              <p className={styles.muted}>{t('diff.legend')}</p>
              <dl className={styles.diffList}>
                {diffs.map((d) => (
                  <div key={d.field}>
                    <dt>{t(`diff.fields.${d.field}`)}</dt>
                    <dd className={styles.diffText}>
                      {d.parts.map((p, i) =>
                        p.added ? (
                          <ins key={i} title={t('diff.added')}>
                            {p.value}
                          </ins>
                        ) : p.removed ? (
                          <del key={i} title={t('diff.removed')}>
                            {p.value}
                          </del>
                        ) : (
                          <span key={i}>{p.value}</span>
                        ),
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </>
      )}
    </section>
  );
}
