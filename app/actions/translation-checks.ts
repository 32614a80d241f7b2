'use server';

import { getDb } from '@/lib/db/instance';
import { dismissTranslationFinding, dismissTranslationFindingSchema } from '@/lib/services/dismiss-translation-finding';
import { formAction, type ActionFailure } from './action-result';

export type DismissFindingResult = { ok: true } | ActionFailure;

const dismiss = formAction(dismissTranslationFindingSchema, (input, actor) => {
  dismissTranslationFinding(getDb(), actor, input);
  return { ok: true as const };
});

/** Dismisses one translation-check finding of an article with the reason (the service checks role, state and the finding). */
export async function dismissTranslationFindingAction(input: unknown): Promise<DismissFindingResult> {
  return (await dismiss(input)) as DismissFindingResult;
}
