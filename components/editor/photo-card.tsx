'use client';

import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { updatePhotoAction } from '@/app/actions/photos';
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

const FIELDS = ['captionEn', 'captionRu', 'creditEn', 'creditRu'] as const;
type Texts = Pick<PhotoView, (typeof FIELDS)[number]>;

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
  const [texts, setTexts] = useState<Texts>(() => ({ captionEn: photo.captionEn, captionRu: photo.captionRu, creditEn: photo.creditEn, creditRu: photo.creditRu }));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [saving, startSaving] = useTransition();
  const changed = FIELDS.some((f) => texts[f] !== photo[f]);
  const caption = lang === 'en' ? photo.captionEn || photo.captionRu : photo.captionRu || photo.captionEn;

  const save = () =>
    startSaving(async () => {
      const result = await updatePhotoAction({ photoId: photo.id, ...texts });
      setMessage(result.ok ? { error: false, text: t('photos.saved') } : { error: true, text: t(`errors.${result.error}`) });
    });

  return (
    <figure className={styles.photo} aria-label={t('photos.photoN', { n })}>
      <a href={`/api/photos/${photo.id}/print`} target="_blank" rel="noopener">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, already resized thumbnail */}
        <img src={`/api/photos/${photo.id}/thumb`} alt={caption || t('photos.photoN', { n })} width={200} height={Math.round((200 * photo.height) / photo.width)} />
      </a>
      <figcaption>
        <span className={styles.hint}>{t('photos.size', { width: photo.width, height: photo.height })}</span>
        <div className={styles.photoFields}>
          {FIELDS.map((field) => (
            <div key={field} className={styles.field}>
              <label htmlFor={`photo-${photo.id}-${field}`}>{t(`photos.${field}`)}</label>
              <input
                id={`photo-${photo.id}-${field}`}
                lang={field.endsWith('En') ? 'en' : 'ru'}
                value={texts[field]}
                onChange={(e) => setTexts((v) => ({ ...v, [field]: e.target.value }))}
                aria-describedby={field.startsWith('credit') ? `photo-${photo.id}-${field}-hint` : undefined}
              />
              {field.startsWith('credit') ? (
                <span id={`photo-${photo.id}-${field}-hint`} className={styles.hint}>
                  {t('photos.creditHint', { lang: field.endsWith('En') ? 'en' : 'ru' })}
                </span>
              ) : null}
            </div>
          ))}
        </div>
        <div className={styles.buttons}>
          <button type="button" className="button primary" onClick={save} disabled={!changed || saving}>
            {saving ? t('save.saving') : t('photos.saveTexts')}
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
        {message && (
          <p role={message.error ? 'alert' : 'status'} className={message.error ? styles.error : styles.muted}>
            {message.text}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
