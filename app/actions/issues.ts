'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { AuthError, requireUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db/instance';
import type { IssueProblem } from '@/lib/domain/issue-checks';
import { LANGS } from '@/lib/domain/lang';
import { userActor, type Actor } from '@/lib/services/actor';
import { createIssue } from '@/lib/services/create-issue';
import { deleteIssue } from '@/lib/services/delete-issue';
import { EditionIncompleteError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { IssueNotReadyError, PublishConflictError } from '@/lib/services/issue-errors';
import { planPublication, type PublicationPlan } from '@/lib/services/plan-publication';
import { publishIssue } from '@/lib/services/publish-issue';
import { refreshPublicPages } from '@/lib/services/refresh-public-pages';
import { reorderIssueArticles } from '@/lib/services/reorder-issue-articles';
import { setIssueArticles } from '@/lib/services/set-issue-articles';
import { startCorrection } from '@/lib/services/start-correction';
import { updateIssue } from '@/lib/services/update-issue';

/** Message keys under issues.errors. */
export type IssueErrorKey =
  | 'unauthenticated'
  | 'forbidden'
  | 'published'
  | 'notFound'
  | 'invalid'
  | 'notReady'
  | 'incomplete'
  | 'confirmSingle'
  | 'inProgress'
  | 'changed'
  | 'fileExists'
  | 'failed';

export type IssueActionResult =
  | { ok: true; issueId: number; revision?: number }
  | {
      ok: false;
      error: IssueErrorKey;
      /** Field → message key (issues.fieldErrors). */
      fields?: Record<string, string>;
      /** What the user typed, to put back into the form. */
      values?: Record<string, string>;
      problems?: IssueProblem[];
    };

export type IssueFormState = IssueActionResult | null;

const id = z.coerce.number().int().positive().max(2 ** 31);
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

async function actor(): Promise<Actor> {
  return userActor(await requireUser());
}

function failure(error: unknown, values?: Record<string, string>): IssueActionResult {
  const fail = (key: IssueErrorKey, extra: object = {}): IssueActionResult => ({ ok: false, error: key, ...(values ? { values } : {}), ...extra });
  if (error instanceof AuthError) return fail(error.kind === 'unauthenticated' ? 'unauthenticated' : 'forbidden');
  if (error instanceof z.ZodError) return fail('invalid', { fields: ValidationError.fromZod(error).fields });
  if (error instanceof ForbiddenError) return fail(error.reason === 'published' || error.reason === 'state' ? 'published' : 'forbidden');
  if (error instanceof NotFoundError) return fail('notFound');
  if (error instanceof ValidationError) {
    if (error.fields.langs === 'confirmSingle') return fail('confirmSingle');
    return fail('invalid', { fields: error.fields });
  }
  if (error instanceof IssueNotReadyError) return fail('notReady', { problems: error.problems });
  if (error instanceof EditionIncompleteError) return fail('incomplete');
  if (error instanceof PublishConflictError) return fail(error.reason === 'published' ? 'changed' : error.reason);
  console.error(error);
  return fail('failed');
}

/** The "new issue" form: period (default the previous month) and, optionally, a number of one's own. */
export async function createIssueAction(_prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  const values = { periodStart: text(form, 'periodStart'), periodEnd: text(form, 'periodEnd'), number: text(form, 'number') };
  try {
    const who = await actor();
    const number = values.number.trim() ? z.coerce.number().int().safeParse(values.number.trim()) : null;
    if (number && !number.success) return { ok: false, error: 'invalid', fields: { number: 'invalid' }, values };
    const issue = createIssue(getDb(), who, {
      periodStart: values.periodStart || undefined,
      periodEnd: values.periodEnd || undefined,
      number: number?.data,
    });
    refresh();
    return { ok: true, issueId: issue.id };
  } catch (error) {
    return failure(error, values);
  }
}

/** Period and place. */
export async function updateIssueDetailsAction(_prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  const values = {
    periodStart: text(form, 'periodStart'),
    periodEnd: text(form, 'periodEnd'),
    placeEn: text(form, 'placeEn'),
    placeRu: text(form, 'placeRu'),
  };
  try {
    const who = await actor();
    const issueId = id.parse(text(form, 'issueId'));
    updateIssue(getDb(), who, { issueId, ...values });
    refresh();
    return { ok: true, issueId };
  } catch (error) {
    return failure(error, values);
  }
}

const SUMMARY_FIELDS = ['summaryCountsEn', 'summaryCountsRu', 'summaryDigestEn', 'summaryDigestRu'] as const;

/**
 * The summary overrides. A blank field, or one equal to the generated text, follows the data again;
 * the "reset" button names one field to give back to the generator.
 */
export async function updateIssueSummaryAction(_prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  const values = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, text(form, f)])) as Record<(typeof SUMMARY_FIELDS)[number], string>;
  try {
    const who = await actor();
    const issueId = id.parse(text(form, 'issueId'));
    const reset = z.enum(SUMMARY_FIELDS).safeParse(text(form, 'resetField'));
    const changes = reset.success ? { [reset.data]: null } : values;
    updateIssue(getDb(), who, { issueId, ...changes });
    refresh();
    return { ok: true, issueId };
  } catch (error) {
    return failure(error, values);
  }
}

const idList = z.array(id).max(500);

export async function setIssueArticlesAction(input: { issueId: number; add?: number[]; remove?: number[] }): Promise<IssueActionResult> {
  try {
    const who = await actor();
    const parsed = z.object({ issueId: id, add: idList.optional(), remove: idList.optional() }).parse(input);
    setIssueArticles(getDb(), who, parsed);
    refresh();
    return { ok: true, issueId: parsed.issueId };
  } catch (error) {
    return failure(error);
  }
}

export async function reorderIssueArticlesAction(input: { issueId: number; countryCode: string; articleIds: number[] }): Promise<IssueActionResult> {
  try {
    const who = await actor();
    const parsed = z.object({ issueId: id, countryCode: z.string().max(2), articleIds: idList }).parse(input);
    reorderIssueArticles(getDb(), who, parsed);
    refresh();
    return { ok: true, issueId: parsed.issueId };
  } catch (error) {
    return failure(error);
  }
}

export type PublicationPlanResult = { ok: true; plan: PublicationPlan } | Extract<IssueActionResult, { ok: false }>;

/** The confirmation step before publishing: what will be made public (renders the editions, writes nothing). */
export async function planPublicationAction(input: { issueId: number; langs: string[] }): Promise<PublicationPlanResult> {
  try {
    const who = await actor();
    const parsed = z.object({ issueId: id, langs: z.array(z.enum(LANGS)).min(1).max(2) }).parse(input);
    return { ok: true, plan: await planPublication(getDb(), who, parsed) };
  } catch (error) {
    return failure(error) as Extract<IssueActionResult, { ok: false }>;
  }
}

/** Publishes both editions, or one when the form confirms it. */
export async function publishIssueAction(_prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  const langs = form.getAll('langs').filter((l): l is (typeof LANGS)[number] => LANGS.includes(l as never));
  const values = { langs: langs.join(','), confirmSingle: text(form, 'confirmSingle') };
  try {
    const who = await actor();
    const issueId = id.parse(text(form, 'issueId'));
    if (langs.length === 0) return { ok: false, error: 'invalid', fields: { langs: 'required' }, values };
    const result = await publishIssue(getDb(), who, { issueId, langs, confirmSingleEdition: values.confirmSingle === 'yes' });
    refreshPublic();
    refresh();
    return { ok: true, issueId, revision: result.revision };
  } catch (error) {
    return failure(error, values);
  }
}

/** Deletes a never-published issue, once the form's confirmation box is ticked; then back to the list. */
export async function deleteIssueAction(_prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  try {
    const who = await actor();
    const issueId = id.parse(text(form, 'issueId'));
    if (text(form, 'confirm') !== 'yes') return { ok: false, error: 'invalid', fields: { confirm: 'confirmDelete' } };
    deleteIssue(getDb(), who, { issueId });
  } catch (error) {
    return failure(error);
  }
  refresh();
  redirect('/desk/issues');
}

export async function startCorrectionAction(_prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  try {
    const who = await actor();
    const issueId = id.parse(text(form, 'issueId'));
    startCorrection(getDb(), who, { issueId });
    refreshPublic();
    refresh();
    return { ok: true, issueId };
  } catch (error) {
    return failure(error);
  }
}

/** The public archive and issue pages show the new revision at once. */
function refreshPublic(): void {
  refreshPublicPages();
}
