'use client';

import { useRef, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { UploadPhotoResponse } from '@/app/actions/action-result';
import { deletePhotoAction, reorderPhotosAction } from '@/app/actions/photos';
import { PhotoCard, type PhotoView } from './photo-card';
import styles from './editor.module.css';

const MAX_BYTES = 25 * 1024 * 1024;

type Notice = { kind: 'status' | 'error'; text: string } | null;

/** Photos of an article: upload (JPEG, PNG, WebP up to 25 MB), captions and credits, order, delete. */
export function PhotoManager({ articleId, photos, lang }: { articleId: number; photos: PhotoView[]; lang: 'en' | 'ru' }) {
  const t = useTranslations('editor');
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [uploading, setUploading] = useState(false);
  const [pending, startTransition] = useTransition();

  const problem = (key: string | undefined) => t(`photos.problem.${key ?? 'failed'}`);

  const upload = async (file: File) => {
    if (file.size > MAX_BYTES) return setNotice({ kind: 'error', text: problem('too_large') });
    setUploading(true);
    setNotice({ kind: 'status', text: t('photos.uploading', { name: file.name }) });
    const body = new FormData();
    body.set('file', file);
    try {
      const response = await fetch(`/api/articles/${articleId}/photos`, { method: 'POST', body });
      const result = (await response.json().catch(() => ({ ok: false, error: 'failed' }))) as UploadPhotoResponse;
      if (result.ok) {
        setNotice({ kind: 'status', text: t('photos.uploaded', { name: file.name }) });
        router.refresh();
      } else if (result.error === 'invalid') {
        setNotice({ kind: 'error', text: `${file.name}: ${problem(result.fields?.file)}` });
      } else {
        setNotice({ kind: 'error', text: t(`errors.${result.error}`) });
      }
    } catch {
      setNotice({ kind: 'error', text: t('errors.network') });
    } finally {
      setUploading(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const run = (work: () => Promise<{ ok: boolean; error?: string }>, done: string) =>
    startTransition(async () => {
      const result = await work();
      setNotice(result.ok ? { kind: 'status', text: done } : { kind: 'error', text: t(`errors.${result.error ?? 'failed'}`) });
    });

  const move = (index: number, by: number) => {
    const ids = photos.map((p) => p.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    run(() => reorderPhotosAction({ articleId, photoIds: ids }), t('photos.moved'));
  };
  const remove = (photo: PhotoView, n: number) => {
    if (!window.confirm(t('photos.deleteConfirm', { n }))) return;
    run(() => deletePhotoAction({ photoId: photo.id }), t('photos.deleted', { n }));
  };

  return (
    <section className={styles.photos} aria-labelledby="photos-title">
      <h2 id="photos-title">{t('photos.title')}</h2>
      <div className={styles.upload}>
        <label htmlFor="photo-file">{t('photos.choose')}</label>
        <input
          ref={fileInput}
          id="photo-file"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          disabled={uploading}
          aria-describedby="photo-rules"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
        <span id="photo-rules" className={styles.hint}>
          {t('photos.rules')}
        </span>
      </div>
      <p role={notice?.kind === 'error' ? 'alert' : 'status'} className={notice?.kind === 'error' ? styles.error : styles.muted}>
        {notice?.text ?? ''}
      </p>
      {photos.length === 0 ? (
        <p className={styles.muted}>{t('photos.none')}</p>
      ) : (
        <ol className={styles.photoList}>
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <PhotoCard
                photo={photo}
                n={i + 1}
                lang={lang}
                busy={pending}
                onMoveUp={i > 0 ? () => move(i, -1) : undefined}
                onMoveDown={i < photos.length - 1 ? () => move(i, 1) : undefined}
                onDelete={() => remove(photo, i + 1)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
