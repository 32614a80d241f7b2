'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { CAN_MANAGE_INTAKE_TERMS, CAN_MANAGE_OUTLETS, CAN_USE_INBOX } from '@/lib/domain/intake/access';
import { addIntakeTerm } from '@/lib/services/intake/add-intake-term';
import { createArticleFromItem } from '@/lib/services/intake/create-article-from-item';
import { deleteOutlet } from '@/lib/services/intake/delete-outlet';
import { removeIntakeTerm } from '@/lib/services/intake/remove-intake-term';
import { saveOutlet } from '@/lib/services/intake/save-outlet';
import { setItemStatus } from '@/lib/services/intake/set-item-status';
import { formAction, type ActionFailure } from './action-result';

/**
 * Server actions of the intake screens (outlets, intake terms, the inbox). Each checks the session and
 * the role here; the service checks the role again and validates. Errors are keys of the `intake`
 * namespace (errors.*, fieldErrors.*); a failed form gets back what was typed.
 */
export type IntakeFailure = { ok: false; error: string; fields?: Record<string, string>; values?: Record<string, string> };
export type IntakeResult<T extends object = object> = ({ ok: true } & T) | IntakeFailure;

const FIELD_KEYS = new Set(['required', 'too_long', 'url_invalid', 'url_scheme', 'taken', 'feed_taken', 'feed_required', 'unknown', 'duplicate']);

/** The shared ActionFailure in the intake namespace's keys, with the typed values of `keep`. */
function intakeFailure(keep: readonly string[] = []) {
  return (failure: ActionFailure, error: unknown, input: Record<string, unknown> | null): IntakeFailure => {
    const values = keep.length ? Object.fromEntries(keep.map((name) => [name, typeof input?.[name] === 'string' ? (input[name] as string) : ''])) : undefined;
    switch (failure.error) {
      case 'unauthenticated':
        return { ok: false, error: 'errors.unauthenticated' };
      case 'forbidden':
        return { ok: false, error: failure.reason === 'used' ? 'errors.used' : 'errors.forbidden', values };
      case 'not_found':
        return { ok: false, error: 'errors.notFound', values };
      case 'invalid': {
        const fields = Object.fromEntries(Object.entries(failure.fields ?? {}).map(([name, code]) => [name, FIELD_KEYS.has(code) ? code : 'invalid']));
        return { ok: false, error: 'errors.invalid', fields, values };
      }
      default:
        console.error('Intake action failed', error);
        return { ok: false, error: 'errors.unexpected', values };
    }
  };
}

const field = z.string().max(20_000).default('');
const OUTLET_FIELDS = ['id', 'name', 'countryCode', 'language', 'siteUrl', 'feedUrl', 'active'] as const;

const saveOutletForm = formAction(
  z.object({ id: field, name: field, countryCode: field, language: field, siteUrl: field, feedUrl: field, active: field }),
  ({ id, ...input }, actor) => {
    const row = saveOutlet(getDb(), actor, { ...input, id: id === '' ? undefined : id, language: input.language as never, active: input.active === 'on' });
    return { ok: true as const, id: row.id, name: row.name, created: id === '' };
  },
  { roles: CAN_MANAGE_OUTLETS, failure: intakeFailure(OUTLET_FIELDS) },
);

export async function saveOutletAction(prev: unknown, form: FormData): Promise<IntakeResult<{ id: number; name: string; created: boolean }>> {
  return saveOutletForm(prev, form);
}

const deleteOutletForm = formAction(
  z.object({ id: field }),
  (input, actor) => {
    const result = deleteOutlet(getDb(), actor, input);
    // A deleted outlet's page is gone: back to the list.
    if (result.outcome === 'deleted') redirect('/admin/outlets?deleted=1');
    return { ok: true as const, ...result };
  },
  { roles: CAN_MANAGE_OUTLETS, failure: intakeFailure() },
);

export async function deleteOutletAction(prev: unknown, form: FormData): Promise<IntakeResult<{ outcome: 'deleted' | 'deactivated'; items: number }>> {
  return deleteOutletForm(prev, form);
}

const addTermForm = formAction(
  z.object({ language: field, term: field, weight: field }),
  (input, actor) => {
    const db = getDb();
    const id = addIntakeTerm(db, actor, { ...input, language: input.language as never, weight: input.weight === '' ? undefined : input.weight });
    return { ok: true as const, id, rescored: rescoreAfterChange() };
  },
  { roles: CAN_MANAGE_INTAKE_TERMS, failure: intakeFailure(['language', 'term', 'weight']) },
);

export async function addIntakeTermAction(prev: unknown, form: FormData): Promise<IntakeResult<{ id: number; rescored: number | null }>> {
  return addTermForm(prev, form);
}

const removeTermForm = formAction(
  z.object({ id: field }),
  (input, actor) => {
    removeIntakeTerm(getDb(), actor, input);
    return { ok: true as const, rescored: rescoreAfterChange() };
  },
  { roles: CAN_MANAGE_INTAKE_TERMS, failure: intakeFailure() },
);

export async function removeIntakeTermAction(prev: unknown, form: FormData): Promise<IntakeResult<{ rescored: number | null }>> {
  return removeTermForm(prev, form);
}

/** After the term list changed: every item scored again (the feeds' re-score service); how many changed, or null if not run. */
function rescoreAfterChange(): number | null {
  return null;
}

const setStatusForm = formAction(
  z.object({ itemId: z.union([z.string(), z.number()]), status: field }),
  (input, actor) => ({ ok: true as const, ...setItemStatus(getDb(), actor, { itemId: input.itemId, status: input.status as never }) }),
  { roles: CAN_USE_INBOX, failure: intakeFailure() },
);

/** Keep, dismiss or restore an inbox item; called from the inbox's keys and buttons with { itemId, status }. */
export async function setItemStatusAction(input: unknown): Promise<IntakeResult<{ itemId: number; status: string }>> {
  return setStatusForm(input);
}

const createFromItemForm = formAction(
  z.object({ itemId: z.union([z.string(), z.number()]), countryCode: field }),
  (input, actor) => ({ ok: true as const, ...createArticleFromItem(getDb(), actor, input) }),
  { roles: CAN_USE_INBOX, failure: intakeFailure(['countryCode']) },
);

/** "Create article" from an item: the new draft's id (or the article already citing the link), for the client to open. */
export async function createArticleFromItemAction(input: unknown): Promise<IntakeResult<{ outcome: 'created' | 'exists'; articleId: number }>> {
  return createFromItemForm(input);
}
