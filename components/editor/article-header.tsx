import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleDetail } from '@/lib/db/queries/articles';
import styles from './editor.module.css';
import { formatDate } from '@/lib/domain/date-format';

export async function ArticleHeader({ detail, lang }: { detail: ArticleDetail; lang: 'en' | 'ru' }) {
  const t = await getTranslations('editor');
  const r = await getTranslations('review');
  const locale = await getLocale();
  const { article } = detail;
  const title = lang === 'en' ? article.titleEn || article.titleRu : article.titleRu || article.titleEn;
  return (
    <header className={styles.header}>
      <h1>
        {t('articleNumber', { id: article.id })}
        {title ? `: ${title}` : ''}
      </h1>
      <p className={styles.muted}>
        <span className={styles.statusText}>{r(`status.${article.status}`)}</span>
        {' · '}
        {t('meta.author', { name: detail.authorName ?? '—' })}
        {' · '}
        {t('meta.created', { time: formatDate(article.createdAt, locale) })}
        {article.untitled && (
          <>
            {' · '}
            {t('meta.untitledImport')}
          </>
        )}
      </p>
    </header>
  );
}
