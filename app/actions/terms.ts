'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { deleteTerm } from '@/lib/services/delete-term';
import { importTerms } from '@/lib/services/import-terms';
import { saveTerm } from '@/lib/services/save-term';
import { currentActor, failureOf, type ActionFailure } from './action-result';

export type TermActionResult = { ok: true; added?: number; updated?: number } | ActionFailure;

const importSchema = z.object({ csv: z.string().max(5_000_000), fileName: z.string().max(255) });

/** Imports a termbase CSV; a bad file comes back as 'invalid' with fields L<line> → reason[:column]. */
export async function importTermsAction(input: unknown): Promise<TermActionResult> {
  return run(async () => {
    const actor = await currentActor();
    const parsed = importSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { L0: 'file' } };
    const report = importTerms(getDb(), actor, parsed.data);
    return { ok: true, ...report };
  });
}

export async function saveTermAction(input: unknown): Promise<TermActionResult> {
  return run(async () => {
    const actor = await currentActor();
    if (typeof input !== 'object' || input === null) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    saveTerm(getDb(), actor, input as Parameters<typeof saveTerm>[2]);
    return { ok: true };
  });
}

export async function deleteTermAction(input: unknown): Promise<TermActionResult> {
  return run(async () => {
    const actor = await currentActor();
    if (typeof input !== 'object' || input === null) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    deleteTerm(getDb(), actor, input as { id: number });
    return { ok: true };
  });
}

async function run(work: () => Promise<TermActionResult>): Promise<TermActionResult> {
  let result: TermActionResult;
  try {
    result = await work();
  } catch (error) {
    return failureOf(error);
  }
  if (result.ok) refresh();
  return result;
}
