'use server';

import { refresh } from 'next/cache';
import { getDb } from '@/lib/db/instance';
import { dismissTranslationFinding, dismissTranslationFindingSchema } from '@/lib/services/dismiss-translation-finding';
import { currentActor, failureOf, type ActionFailure } from './action-result';

export type DismissFindingResult = { ok: true } | ActionFailure;

/** Dismisses one translation-check finding of an article, with the reason (the service checks role and state). */
export async function dismissTranslationFindingAction(input: unknown): Promise<DismissFindingResult> {
  try {
    const actor = await currentActor();
    const parsed = dismissTranslationFindingSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { reason: 'invalid' } };
    dismissTranslationFinding(getDb(), actor, parsed.data);
  } catch (error) {
    return failureOf(error);
  }
  refresh();
  return { ok: true };
}
