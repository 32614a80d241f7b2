'use server';

import { getDb } from '@/lib/db/instance';
import { configuredMtProvider } from '@/lib/mt/configured-provider';
import { MtError } from '@/lib/mt/provider';
import { lookupTranslationMemory, type SegmentSuggestions } from '@/lib/services/lookup-translation-memory';
import { machineTranslate } from '@/lib/services/machine-translate';
import { currentActor, failureOf, type ActionFailure } from './action-result';

export type LookupResult = { ok: true; results: SegmentSuggestions[] } | ActionFailure;

/** Memory suggestions for the segments of the side being written from. Reads only. */
export async function lookupTranslationMemoryAction(input: unknown): Promise<LookupResult> {
  try {
    const actor = await currentActor();
    const results = lookupTranslationMemory(getDb(), actor, input as Parameters<typeof lookupTranslationMemory>[2]);
    return { ok: true, results };
  } catch (error) {
    return failureOf(error);
  }
}

export type MtFailure = { ok: false; error: 'mt_timeout' | 'mt_unavailable' | 'mt_refused' | 'mt_bad_answer' | 'mt_off' };
export type MachineTranslateResult = { ok: true; texts: string[]; lost: number } | MtFailure | ActionFailure;

/** Machine-translates texts into the other language; nothing is stored, nothing is inserted. */
export async function machineTranslateAction(input: unknown): Promise<MachineTranslateResult> {
  try {
    const actor = await currentActor();
    const result = await machineTranslate(getDb(), actor, input as Parameters<typeof machineTranslate>[2], configuredMtProvider());
    return { ok: true, texts: result.texts, lost: result.lost };
  } catch (error) {
    if (error instanceof MtError) {
      console.warn(error.message);
      return { ok: false, error: `mt_${error.reason}` };
    }
    const failure = failureOf(error);
    if (failure.error === 'forbidden' && failure.reason === 'mt_off') return { ok: false, error: 'mt_off' };
    return failure;
  }
}
