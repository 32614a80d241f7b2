'use client';

import { useTranslations } from 'next-intl';
import { PHOTO_TEXT_FIELDS as FIELDS, usePhotoAutosave } from './use-photo-autosave';
import styles from './editor.module.css';

export interface PhotoView {
  id: number;
  width: number;
  height: number;
  captionEn: string;
  captionRu: string;
  creditEn: string;
  creditRu: string;
}


interface Props {
  photo: PhotoView;
  n: number;
  lang: 'en' | 'ru';
  busy: boolean;
  onMoveUp?: () => void;
  onMoveDown?: () => void;
  onDelete: () => void;
}

/** One photo: thumbnail (served to staff only), caption and credit in both languages, order and delete. */
export function PhotoCard({ photo, n, lang, busy, onMoveUp, onMoveDown, onDelete }: Props) {
  const t = useTranslations('editor');
  const { texts, change, save, state, form, onKeyDown } = usePhotoAutosave(photo.id, {
    captionEn: photo.captionEn,
    captionRu: photo.captionRu,
    creditEn: photo.creditEn,
    creditRu: photo.creditRu,
  });
  const caption = lang === 'en' ? photo.captionEn || photo.captionRu : photo.captionRu || photo.captionEn;
  const message =
    state.kind === 'saving'
      ? { error: false, text: t('save.saving') }
      : state.kind === 'saved'
        ? { error: false, text: t('photos.saved') }
        : state.kind === 'dirty'
          ? { error: false, text: t('photos.unsaved') }
          : state.kind === 'error'
            ? { error: true, text: t(`errors.${state.error}`) }
            : null;

  return (
    <figure className={styles.photo} aria-label={t('photos.photoN', { n })}>
      <a href={`/api/photos/${photo.id}/print`} target="_blank" rel="noopener">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, already resized thumbnail */}
        <img src={`/api/photos/${photo.id}/thumb`} alt={caption || t('photos.photoN', { n })} width={200} height={Math.round((200 * photo.height) / photo.width)} />
      </a>
      <figcaption>
        <span className={styles.hint}>{t('photos.size', { width: photo.width, height: photo.height })}</span>
        <form ref={form} className={styles.photoFields} onKeyDown={onKeyDown} onSubmit={(e) => (e.preventDefault(), void save())}>
          {FIELDS.map((field) => (
            <div key={field} className={styles.field}>
              <label htmlFor={`photo-${photo.id}-${field}`}>{t(`photos.${field}`)}</label>
              <input
                id={`photo-${photo.id}-${field}`}
                lang={field.endsWith('En') ? 'en' : 'ru'}
                value={texts[field]}
                onChange={(e) => change(field, e.target.value)}
                aria-describedby={field.startsWith('credit') ? `photo-${photo.id}-${field}-hint` : undefined}
              />
              {field.startsWith('credit') ? (
                <span id={`photo-${photo.id}-${field}-hint`} className={styles.hint}>
                  {t('photos.creditHint', { lang: field.endsWith('En') ? 'en' : 'ru' })}
                </span>
              ) : null}
            </div>
          ))}
        </form>
        <div className={styles.buttons}>
          <button type="button" className="button primary" onClick={() => void save()} disabled={state.kind === 'saving' || state.kind === 'idle' || state.kind === 'saved'}>
            {state.kind === 'saving' ? t('save.saving') : t('photos.saveTexts')}
          </button>
          <button type="button" className="button" onClick={onMoveUp} disabled={!onMoveUp || busy} aria-label={t('photos.moveUp', { n })}>
            ↑
          </button>
          <button type="button" className="button" onClick={onMoveDown} disabled={!onMoveDown || busy} aria-label={t('photos.moveDown', { n })}>
            ↓
          </button>
          <button type="button" className="button" onClick={onDelete} disabled={busy}>
            {t('photos.delete')}
          </button>
        </div>
        <p role={message?.error ? 'alert' : 'status'} className={message?.error ? styles.error : styles.muted}>
          {message?.text ?? ''}
        </p>
      </figcaption>
    </figure>
  );
}
