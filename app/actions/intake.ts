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
import { captureLink, type CapturedLink } from '@/lib/services/intake/capture-link';
import { rescoreIntakeItems } from '@/lib/services/intake/rescore-intake-items';
import { takePagePhoto } from '@/lib/services/intake/take-page-photo';
import type { Actor } from '@/lib/services/actor';
import { formAction, type ActionFailure } from './action-result';

/**
 * Server actions of the intake screens (outlets, intake terms, the inbox). Each checks the session and
 * the role here; the service checks the role again and validates. Errors are keys of the `intake`
 * namespace (errors.*, fieldErrors.*); a failed form gets back what was typed.
 */
export type IntakeFailure = { ok: false; error: string; fields?: Record<string, string>; values?: Record<string, string> };
export type IntakeResult<T extends object = object> = ({ ok: true } & T) | IntakeFailure;

const FIELD_KEYS = new Set(['required', 'too_long', 'url_invalid', 'url_scheme', 'taken', 'feed_taken', 'feed_required', 'unknown', 'duplicate', 'none', 'type', 'corrupt', 'too_many_pixels']);

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
        // fetch_<reason>: what the safe fetcher refused (capture-link, take-page-photo).
        const fields = Object.fromEntries(Object.entries(failure.fields ?? {}).map(([name, code]) => [name, FIELD_KEYS.has(code) || /^fetch_[a-z_]+$/.test(code) ? code : 'invalid']));
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
    return { ok: true as const, id, rescored: rescoreAfterChange(actor) };
  },
  { roles: CAN_MANAGE_INTAKE_TERMS, failure: intakeFailure(['language', 'term', 'weight']) },
);

export async function addIntakeTermAction(prev: unknown, form: FormData): Promise<IntakeResult<{ id: number; rescored: number }>> {
  return addTermForm(prev, form);
}

const removeTermForm = formAction(
  z.object({ id: field }),
  (input, actor) => {
    removeIntakeTerm(getDb(), actor, input);
    return { ok: true as const, rescored: rescoreAfterChange(actor) };
  },
  { roles: CAN_MANAGE_INTAKE_TERMS, failure: intakeFailure() },
);

export async function removeIntakeTermAction(prev: unknown, form: FormData): Promise<IntakeResult<{ rescored: number }>> {
  return removeTermForm(prev, form);
}

/** After the term list changed (and committed): every item scored again; how many items changed. */
function rescoreAfterChange(actor: Actor): number {
  return rescoreIntakeItems(getDb(), actor).changed;
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

/** The captured page as the paste-a-link box shows it (the prefilled draft). */
export type CapturedLinkView = Pick<CapturedLink, 'itemId' | 'url' | 'title' | 'publishedAt' | 'countryCode' | 'language' | 'text' | 'image' | 'existingArticle'> & {
  outletName: string | null;
};

const captureForm = formAction(
  z.object({ url: field }),
  async (input, actor) => {
    const page = await captureLink(getDb(), actor, input);
    const view: CapturedLinkView = {
      itemId: page.itemId,
      url: page.url,
      title: page.title,
      publishedAt: page.publishedAt,
      countryCode: page.countryCode,
      language: page.language,
      text: page.text.slice(0, 20_000),
      image: page.image,
      existingArticle: page.existingArticle,
      outletName: page.outlet?.name ?? null,
    };
    return { ok: true as const, page: view };
  },
  { roles: CAN_USE_INBOX, failure: intakeFailure(['url']) },
);

/** Paste a link: the server reads the page safely and stores it as an inbox item; the prefilled draft comes back. */
export async function captureLinkAction(prev: unknown, form: FormData | { url: string }): Promise<IntakeResult<{ page: CapturedLinkView }>> {
  return captureForm(prev, form);
}

const takePhotoForm = formAction(
  z.object({ articleId: z.union([z.string(), z.number()]), itemId: z.union([z.string(), z.number()]) }),
  async (input, actor) => ({ ok: true as const, photoId: (await takePagePhoto(getDb(), actor, input)).id }),
  { roles: CAN_USE_INBOX, failure: intakeFailure() },
);

/** "Take the photo": the captured page's og:image becomes a photo of the article (the outlet as credit). */
export async function takePagePhotoAction(input: unknown): Promise<IntakeResult<{ photoId: number }>> {
  return takePhotoForm(input);
}
