'use client';

import Link from 'next/link';
import { useParams, useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { captureLinkAction, createArticleFromItemAction, takePagePhotoAction, type CapturedLinkView } from '@/app/actions/intake';
import { displaySourceUrl } from '@/lib/domain/source-url';
import own from './intake.module.css';

/**
 * Paste a link: the server reads the page (safely) and stores it as an inbox item, and the box shows the
 * prefilled draft: title, date, outlet, country, language and the page's text. In the inbox it offers
 * "Create article"; in the article editor (`onAddSource`) it adds the link to the sources and offers the
 * page's image as a photo of this article. No <form>: the editor's sources sit inside the article's form.
 */
export function CaptureLinkBox({ onAddSource }: { onAddSource?: (url: string) => void }) {
  const t = useTranslations('intake');
  const router = useRouter();
  const params = useParams<{ id?: string }>();
  const articleId = onAddSource && params.id && /^\d+$/.test(params.id) ? Number(params.id) : null;
  const inputId = useId();
  const [url, setUrl] = useState('');
  const [page, setPage] = useState<CapturedLinkView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();

  const failure = (result: { error: string; fields?: Record<string, string> }, field: string) => {
    const code = result.fields?.[field];
    if (code?.startsWith('fetch_')) return t('capture.fetchFailed', { reason: t(`capture.reasons.${code in REASONS ? code : 'fetch_network'}`) });
    if (code) return t(`fieldErrors.${code}`);
    return t(result.error);
  };

  const capture = () => {
    setError(null);
    setDone(null);
    startTransition(async () => {
      const result = await captureLinkAction(null, { url });
      if (result.ok) setPage(result.page);
      else {
        setPage(null);
        setError(failure(result, 'url'));
      }
    });
  };

  const create = () =>
    page &&
    startTransition(async () => {
      const result = await createArticleFromItemAction({ itemId: page.itemId, countryCode: '' });
      if (result.ok) router.push(`/desk/articles/${result.articleId}`);
      else setError(result.fields?.countryCode ? t('inbox.needCountryInInbox') : failure(result, 'itemId'));
    });

  const takePhoto = () =>
    page &&
    articleId &&
    startTransition(async () => {
      const result = await takePagePhotoAction({ articleId, itemId: page.itemId });
      if (result.ok) {
        setDone(t('capture.photoTaken'));
        router.refresh();
      } else setError(failure(result, Object.keys(result.fields ?? {})[0] ?? 'image'));
    });

  return (
    <div className={own.capture} data-capture-link>
      <div className={own.captureRow}>
        <label htmlFor={inputId}>
          {t('capture.label')}
          <input
            id={inputId}
            type="url"
            inputMode="url"
            value={url}
            placeholder="https://"
            maxLength={4096}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault(); // never submits the article's form around it
                if (url.trim()) capture();
              }
            }}
            aria-invalid={error && !page ? true : undefined}
          />
        </label>
        <button type="button" className="button" onClick={capture} disabled={busy || !url.trim()} aria-busy={busy}>
          {busy && !page ? t('capture.reading') : t('capture.read')}
        </button>
      </div>
      {error && (
        <p className={own.error} role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className={own.exists} role="status">
          {done}
        </p>
      )}
      {page && (
        <div className={own.draft} aria-label={t('capture.draftLabel')} role="group">
          <dl>
            <dt>{t('capture.title')}</dt>
            <dd lang={page.language ?? undefined}>{page.title || '—'}</dd>
            <dt>{t('capture.outlet')}</dt>
            <dd>{page.outletName ?? t('capture.unknown')}</dd>
            <dt>{t('capture.date')}</dt>
            <dd>{page.publishedAt ? page.publishedAt.slice(0, 10) : t('capture.unknown')}</dd>
            <dt>{t('capture.country')}</dt>
            <dd>{page.countryCode ?? t('capture.unknown')}</dd>
            <dt>{t('capture.language')}</dt>
            <dd>{page.language ? t(`languages.${page.language}`) : t('capture.unknown')}</dd>
            <dt>{t('capture.link')}</dt>
            <dd>{displaySourceUrl(page.url)}</dd>
            {page.image && (
              <>
                <dt>{t('capture.image')}</dt>
                <dd>{displaySourceUrl(page.image)}</dd>
              </>
            )}
          </dl>
          {page.text && (
            <div className={own.draftText} lang={page.language ?? undefined} tabIndex={0} role="region" aria-label={t('capture.textLabel')}>
              {page.text}
            </div>
          )}
          <div className={own.actions}>
            {page.existingArticle ? (
              <p className={own.exists} role="status">
                {t.rich('capture.existing', { id: page.existingArticle.id, title: page.existingArticle.title || '—', link: (chunks) => <Link href={`/desk/articles/${page.existingArticle!.id}`}>{chunks}</Link> })}
              </p>
            ) : onAddSource ? (
              <button type="button" className="button" onClick={() => onAddSource(page.url)}>
                {t('capture.addSource')}
              </button>
            ) : (
              <button type="button" className="button primary" onClick={create} disabled={busy}>
                {t('inbox.create')}
              </button>
            )}
            {articleId && page.image && (
              <button type="button" className="button" onClick={takePhoto} disabled={busy}>
                {t('capture.takePhoto')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

const REASONS: Record<string, true> = {
  fetch_private_address: true,
  fetch_timeout: true,
  fetch_too_large: true,
  fetch_http_status: true,
  fetch_dns: true,
  fetch_network: true,
  fetch_too_many_redirects: true,
  fetch_credentials: true,
  fetch_scheme: true,
  fetch_not_html: true,
};
