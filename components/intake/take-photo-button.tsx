'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { takePagePhotoAction } from '@/app/actions/intake';
import own from './intake.module.css';

/** "Take the photo": the source page's og:image becomes a photo of the article, through the upload checks, the outlet as credit. */
export function TakePhotoButton({ articleId, itemId, imageUrl }: { articleId: number; itemId: number; imageUrl: string }) {
  const t = useTranslations('intake');
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, startTransition] = useTransition();
  const take = () =>
    startTransition(async () => {
      const result = await takePagePhotoAction({ articleId, itemId });
      if (result.ok) {
        setMessage({ ok: true, text: t('capture.photoTaken') });
        router.refresh();
        return;
      }
      const code = Object.values(result.fields ?? {})[0];
      const reasons = t.raw('capture.reasons') as Record<string, string>;
      const text = code?.startsWith('fetch_') ? t('capture.fetchFailed', { reason: reasons[code] ?? reasons.fetch_network! }) : code ? t(`fieldErrors.${code}`) : t(result.error);
      setMessage({ ok: false, text });
    });
  return (
    <div className={own.photoOffer}>
      <span className={own.refNote}>
        {t('capture.image')}: <span className={own.url}>{imageUrl}</span>
      </span>
      <button type="button" className="button" onClick={take} disabled={busy} aria-busy={busy}>
        {t('capture.takePhoto')}
      </button>
      {message && (
        <p className={message.ok ? own.exists : own.error} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
