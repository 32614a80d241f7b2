import { getLocale, getTranslations } from 'next-intl/server';
import type { CommentListing } from '@/lib/db/queries/articles';
import { CommentForm } from './comment-form';
import styles from './review.module.css';
import { formatDateTime } from '@/lib/domain/date-format';

/** The review thread, oldest first; each entry says who did what and when. */
export async function CommentThread({ articleId, comments }: { articleId: number; comments: CommentListing[] }) {
  const t = await getTranslations('review');
  const locale = await getLocale();
  return (
    <section className={styles.thread} aria-labelledby="thread-title">
      <h2 id="thread-title">{t('thread.title')}</h2>
      {comments.length === 0 ? (
        <p className={styles.muted}>{t('thread.empty')}</p>
      ) : (
        <ol className={styles.comments}>
          {comments.map((c) => (
            <li key={c.id} className={`${styles.comment} ${styles[`kind_${c.kind}`] ?? ''}`}>
              <p className={styles.commentHead}>
                <strong>{c.authorName ?? t('thread.unknownAuthor')}</strong> {t(`thread.kind.${c.kind}`)}
                {' · '}
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, locale)}</time>
              </p>
              {c.body && <p className={styles.commentBody}>{c.body}</p>}
            </li>
          ))}
        </ol>
      )}
      <CommentForm articleId={articleId} />
    </section>
  );
}
