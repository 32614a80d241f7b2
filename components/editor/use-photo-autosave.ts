'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { updatePhotoAction } from '@/app/actions/photos';
import { useLeaveGuard } from './use-leave-guard';
import { useStillOnPage } from './use-still-on-page';

export const PHOTO_TEXT_FIELDS = ['captionEn', 'captionRu', 'creditEn', 'creditRu'] as const;
export type PhotoTexts = Record<(typeof PHOTO_TEXT_FIELDS)[number], string>;

const AUTOSAVE_DELAY_MS = 3000;

export type PhotoSaveState = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: string };

/**
 * A photo's caption and credit save as the article's texts do: a few seconds after typing stops, at
 * once with Ctrl+S, and before leaving the page (the leave guard); a failed save says so.
 */
export function usePhotoAutosave(photoId: number, initial: PhotoTexts) {
  const [texts, setTexts] = useState<PhotoTexts>(initial);
  const saved = useRef<PhotoTexts>(initial);
  const [state, setState] = useState<PhotoSaveState>({ kind: 'idle' });
  const form = useRef<HTMLFormElement>(null);
  const latest = useRef(texts);
  latest.current = texts;
  const dirty = PHOTO_TEXT_FIELDS.some((f) => texts[f] !== saved.current[f]);

  const save = useCallback(async (): Promise<boolean> => {
    const sending = latest.current;
    if (PHOTO_TEXT_FIELDS.every((f) => sending[f] === saved.current[f])) return true;
    setState({ kind: 'saving' });
    const result = await updatePhotoAction({ photoId, ...sending }).catch(() => ({ ok: false as const, error: 'network' }));
    if (!result.ok) {
      setState({ kind: 'error', error: result.error });
      return false;
    }
    saved.current = sending;
    const changedMeanwhile = PHOTO_TEXT_FIELDS.some((f) => latest.current[f] !== sending[f]);
    setState(changedMeanwhile ? { kind: 'dirty' } : { kind: 'saved' });
    return true;
  }, [photoId]);

  // The autosave belongs to this page: once a link has taken the browser elsewhere, the leave guard has saved.
  const stillOnPage = useStillOnPage();
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      if (stillOnPage()) void save();
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, texts, save, stillOnPage]);

  useLeaveGuard(dirty, save, form);

  const change = (field: (typeof PHOTO_TEXT_FIELDS)[number], value: string) => {
    setTexts((v) => ({ ...v, [field]: value }));
    setState({ kind: 'dirty' });
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };
  return { texts, change, save, state, dirty, form, onKeyDown };
}
