'use client';

import { useState, useTransition } from 'react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { setIssueArticlesAction } from '@/app/actions/issues';
import type { OfferedArticle } from '@/lib/db/queries/issue-desk';
import { articleHref, articleTitle } from './article-label';
import styles from './issues.module.css';
import { formatDate } from '@/lib/domain/date-format';

/** Approved articles of the period that may join the issue. */
export function OfferedArticles({ issueId, articles }: { issueId: number; articles: OfferedArticle[] }) {
  const t = useTranslations('issues');
  const locale = useLocale();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const add = (ids: number[]) =>
    startTransition(async () => {
      const result = await setIssueArticlesAction({ issueId, add: ids });
      setMessage(result.ok ? { text: t('offered.added', { count: ids.length }), error: false } : { text: t(`errors.${result.error}`), error: true });
    });
  return (
    <>
      {articles.length === 0 ? (
        <p className="empty">{t('offered.empty')}</p>
      ) : (
        <>
          <div className={styles.actions}>
            <button type="button" className="button" disabled={pending} onClick={() => add(articles.map((a) => a.id))}>
              {t('offered.addAll', { count: articles.length })}
            </button>
          </div>
          <table className={styles.table} aria-busy={pending}>
            <caption>{t('offered.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('offered.country')}</th>
                <th scope="col">{t('offered.date')}</th>
                <th scope="col">{t('offered.article')}</th>
                <th scope="col">{t('offered.action')}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((article) => {
                const title = articleTitle(article, locale) ?? t('articles.untitled', { id: article.id });
                return (
                  <tr key={article.id}>
                    <td>{locale === 'ru' ? article.countryNameRu : article.countryNameEn}</td>
                    <td>{formatDate(article.eventDate, locale)}</td>
                    <td>
                      <Link href={articleHref(article.id)}>{title}</Link>
                    </td>
                    <td>
                      <button type="button" className="button" disabled={pending} onClick={() => add([article.id])} aria-label={t('offered.addLabel', { title })}>
                        {t('offered.add')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <p role="status" className={message?.error ? styles.formError : styles.ok}>
        {message?.text ?? ''}
      </p>
    </>
  );
}
