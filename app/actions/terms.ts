'use server';

import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { deleteTerm } from '@/lib/services/delete-term';
import { importTerms } from '@/lib/services/import-terms';
import { saveTerm } from '@/lib/services/save-term';
import { formAction, type ActionFailure } from './action-result';

export type TermActionResult = { ok: true; added?: number; updated?: number } | ActionFailure;

const importSchema = z.object({ csv: z.string().max(5_000_000), fileName: z.string().max(255) });
/** The services validate a term themselves (field keys of the termbase screen): any plain object goes through. */
const anyObject = z.record(z.string(), z.unknown());

/** A refused import names the lines of the file (L<line>); a request that is not a file at all is line 0, "file". */
function importFailure(failure: ActionFailure, error: unknown): ActionFailure {
  if (failure.error === 'failed') console.error(error);
  if (failure.error !== 'invalid' || Object.keys(failure.fields ?? {}).some((key) => /^L\d+$/.test(key))) return failure;
  return { ok: false, error: 'invalid', fields: { L0: 'file' } };
}

const importForm = formAction(importSchema, (input, actor) => ({ ok: true as const, ...importTerms(getDb(), actor, input) }), { failure: importFailure });

/** Imports a termbase CSV; a bad file comes back as 'invalid' with fields L<line> → reason[:column]. */
export async function importTermsAction(input: unknown): Promise<TermActionResult> {
  return importForm(input);
}

const saveForm = formAction(anyObject, (input, actor) => {
  saveTerm(getDb(), actor, input as Parameters<typeof saveTerm>[2]);
  return { ok: true as const };
});

export async function saveTermAction(input: unknown): Promise<TermActionResult> {
  return saveForm(input);
}

const deleteForm = formAction(anyObject, (input, actor) => {
  deleteTerm(getDb(), actor, input as { id: number });
  return { ok: true as const };
});

export async function deleteTermAction(input: unknown): Promise<TermActionResult> {
  return deleteForm(input);
}
