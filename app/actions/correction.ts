'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { refreshPublicPages } from '@/lib/services/refresh-public-pages';
import { startCorrection } from '@/lib/services/start-correction';
import { currentActor, failureOf, formText, type ActionFailure } from './action-result';

export type CorrectionState = (ActionFailure & { values?: { noteEn: string; noteRu: string } }) | { ok: true } | null;

const id = z.coerce.number().int().positive().max(2 ** 31);

/**
 * Opens a published issue for a correction, with its note in both languages (required here: readers
 * see it on the issue page, in the feed and in the corrected PDF). The service checks role and state.
 */
export async function startCorrectionWithNoteAction(_prev: CorrectionState, form: FormData): Promise<CorrectionState> {
  const values = { noteEn: formText(form, 'noteEn'), noteRu: formText(form, 'noteRu') };
  try {
    const actor = await currentActor();
    const issueId = id.safeParse(formText(form, 'issueId'));
    if (!issueId.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' }, values };
    startCorrection(getDb(), actor, { issueId: issueId.data, note: { en: values.noteEn, ru: values.noteRu } });
  } catch (error) {
    return { ...failureOf(error), values };
  }
  refreshPublicPages();
  refresh();
  return { ok: true };
}
