import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/domain/date-format';
import type { ItemReferenceView } from '@/lib/db/queries/intake-items';
import { displaySourceUrl, webLinkTarget } from '@/lib/domain/source-url';
import { TakePhotoButton } from './take-photo-button';
import own from './intake.module.css';

/**
 * The media report an article was made from, in a panel beside the editor: its title, source and text,
 * to read and quote from. Nothing here is copied into the article by itself; the editor writes the
 * article in the release's style. With `articleId` (an editable article) it offers the page's image as a photo.
 */
export function ItemReference({ item, articleId }: { item: ItemReferenceView; articleId: number | null }) {
  const t = useTranslations('intake');
  const locale = useLocale();
  const href = webLinkTarget(item.url);
  const displayUrl = displaySourceUrl(item.url);
  const text = item.text || item.summary;
  const lang = item.language ?? undefined;
  return (
    <section className={own.reference} aria-labelledby="item-reference-title" data-item-reference>
      <h2 id="item-reference-title">{t('reference.title')}</h2>
      {item.outletName && <span className={own.outletLabel}>{item.outletName}</span>}
      <p className={own.refTitle} lang={lang}>
        {item.title || displayUrl}
      </p>
      <p className={own.meta}>
        {item.publishedAt && <span>{formatDate(item.publishedAt, locale)}</span>}
        {item.language && <span>{t(`languages.${item.language}`)}</span>}
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={own.url}>
            {displayUrl}
          </a>
        )}
      </p>
      {text ? (
        <div className={own.refText} lang={lang} tabIndex={0} role="region" aria-label={t('reference.textLabel')}>
          {text}
        </div>
      ) : (
        <p className={own.refNote}>{t('reference.noText')}</p>
      )}
      {articleId != null && item.imageUrl && <TakePhotoButton articleId={articleId} itemId={item.id} imageUrl={item.imageUrl} />}
      <p className={own.refNote}>{t('reference.note')}</p>
    </section>
  );
}
