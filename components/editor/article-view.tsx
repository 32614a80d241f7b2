import { getLocale, getTranslations } from 'next-intl/server';
import type { ArticleDetail } from '@/lib/db/queries/articles';
import { displaySourceUrl } from '@/lib/domain/source-url';
import { BodyPreview } from './body-preview';
import styles from './editor.module.css';
import { formatDate } from '@/lib/domain/date-format';

/** The article as it stands, both languages side by side, for users who may not change it now. */
export async function ArticleView({ detail, lang }: { detail: ArticleDetail; lang: 'en' | 'ru' }) {
  const t = await getTranslations('editor');
  const locale = await getLocale();
  const { article, country, sources, photos } = detail;
  const eventDate = /^\d{4}-\d{2}-\d{2}$/.test(article.eventDate)
    ? formatDate(article.eventDate, locale)
    : article.eventDate;
  return (
    <div className={styles.view}>
      <dl className={styles.facts}>
        <div>
          <dt>{t('fields.country')}</dt>
          <dd>{country ? (lang === 'en' ? country.nameEn : country.nameRu) : article.countryCode}</dd>
        </div>
        <div>
          <dt>{t('fields.eventDate')}</dt>
          <dd>
            <time dateTime={article.eventDate}>{eventDate}</time>
          </dd>
        </div>
        <div>
          <dt>{t('fields.outlet')}</dt>
          <dd>{article.outlet || '—'}</dd>
        </div>
      </dl>
      <div className={styles.languages}>
        {(['en', 'ru'] as const).map((l) => {
          const en = l === 'en';
          return (
            <section key={l} className={styles.language} lang={l} aria-labelledby={`view-${l}`}>
              <h2 id={`view-${l}`}>{t(`lang.${l}`)}</h2>
              <p className={styles.previewTitle}>{(en ? article.titleEn : article.titleRu) || t('untitled')}</p>
              <BodyPreview markdown={en ? article.bodyEn : article.bodyRu} lang={l} empty={t('view.noText')} />
              <p>
                <span className={styles.muted}>{t('fields.digest')}: </span>
                {(en ? article.digestEn : article.digestRu) || '—'}
              </p>
            </section>
          );
        })}
      </div>
      <section aria-labelledby="view-sources">
        <h2 id="view-sources">{t('sources.legend')}</h2>
        {sources.length === 0 ? (
          <p className={styles.muted}>{t('sources.none')}</p>
        ) : (
          <ol>
            {sources.map((url) => (
              <li key={url}>
                <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                  {displaySourceUrl(url)}
                </a>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="view-photos">
        <h2 id="view-photos">{t('photos.title')}</h2>
        {photos.length === 0 ? (
          <p className={styles.muted}>{t('photos.none')}</p>
        ) : (
          <ol className={styles.photoList}>
            {photos.map((p, i) => (
              <li key={p.id}>
                <figure className={styles.photo}>
                  <a href={`/api/photos/${p.id}/print`} target="_blank" rel="noopener">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private, already resized thumbnail */}
                    <img src={`/api/photos/${p.id}/thumb`} alt={(lang === 'en' ? p.captionEn : p.captionRu) || t('photos.photoN', { n: i + 1 })} width={200} height={Math.round((200 * p.height) / p.width)} />
                  </a>
                  <figcaption>
                    <p lang="en">
                      {p.captionEn || '—'}
                      {p.creditEn && <span className={styles.muted}> ({p.creditEn})</span>}
                    </p>
                    <p lang="ru">
                      {p.captionRu || '—'}
                      {p.creditRu && <span className={styles.muted}> ({p.creditRu})</span>}
                    </p>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
