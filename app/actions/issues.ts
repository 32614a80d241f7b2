'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import type { IssueProblem } from '@/lib/domain/issue-checks';
import { LANGS } from '@/lib/domain/lang';
import { createIssue } from '@/lib/services/create-issue';
import { deleteIssue } from '@/lib/services/delete-issue';
import { EditionIncompleteError, ValidationError } from '@/lib/services/errors';
import { IssueNotReadyError, PublishConflictError } from '@/lib/services/issue-errors';
import { planPublication, type PublicationPlan } from '@/lib/services/plan-publication';
import { publishIssue } from '@/lib/services/publish-issue';
import { refreshPublicPages } from '@/lib/services/refresh-public-pages';
import { reorderIssueArticles } from '@/lib/services/reorder-issue-articles';
import { setIssueArticles } from '@/lib/services/set-issue-articles';
import { startCorrection } from '@/lib/services/start-correction';
import { updateIssue } from '@/lib/services/update-issue';
import { formAction, type ActionFailure } from './action-result';

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
type IssueFailure = Extract<IssueActionResult, { ok: false }>;

const id = z.coerce.number().int().positive().max(2 ** 31);
const field = z.string().max(20_000).default('');
const idList = z.array(id).max(500);

/** The shared ActionFailure in this screen's keys (issues.errors), with what the user typed. */
function issueFailure(keep: readonly string[] = []) {
  return (failure: ActionFailure, error: unknown, input: Record<string, unknown> | null): IssueFailure => {
    const values = keep.length ? Object.fromEntries(keep.map((name) => [name, typedValue(input?.[name])])) : undefined;
    const fail = (key: IssueErrorKey, extra: object = {}): IssueFailure => ({ ok: false, error: key, ...(values ? { values } : {}), ...extra });
    if (error instanceof IssueNotReadyError) return fail('notReady', { problems: error.problems });
    if (error instanceof EditionIncompleteError) return fail('incomplete');
    if (error instanceof PublishConflictError) return fail(error.reason === 'published' ? 'changed' : error.reason);
    switch (failure.error) {
      case 'unauthenticated':
        return fail('unauthenticated');
      case 'forbidden':
        return fail(failure.reason === 'published' || failure.reason === 'state' ? 'published' : 'forbidden');
      case 'not_found':
        return fail('notFound');
      case 'invalid':
        return failure.fields?.langs === 'confirmSingle' ? fail('confirmSingle') : fail('invalid', { fields: failure.fields });
      default:
        console.error(error);
        return fail('failed');
    }
  };
}

const typedValue = (value: unknown): string => (Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '');

/** The public archive and issue pages show the new revision at once, and the desk too. */
function refreshPublicAndDesk(): void {
  refreshPublicPages();
  refresh();
}

const createIssueForm = formAction(
  z.object({ periodStart: field, periodEnd: field, number: field }),
  (input, actor) => {
    const typed = input.number.trim();
    const number = typed ? z.coerce.number().int().safeParse(typed) : null;
    if (number && !number.success) throw new ValidationError({ number: 'invalid' });
    const issue = createIssue(getDb(), actor, { periodStart: input.periodStart || undefined, periodEnd: input.periodEnd || undefined, number: number?.data });
    return { ok: true as const, issueId: issue.id };
  },
  { failure: issueFailure(['periodStart', 'periodEnd', 'number']) },
);

/** The "new issue" form: period (default the previous month) and, optionally, a number of one's own. */
export async function createIssueAction(prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  return createIssueForm(prev, form);
}

const updateDetailsForm = formAction(
  z.object({ issueId: id, periodStart: field, periodEnd: field, placeEn: field, placeRu: field }),
  ({ issueId, ...details }, actor) => {
    updateIssue(getDb(), actor, { issueId, ...details });
    return { ok: true as const, issueId };
  },
  { failure: issueFailure(['periodStart', 'periodEnd', 'placeEn', 'placeRu']) },
);

/** Period and place. */
export async function updateIssueDetailsAction(prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  return updateDetailsForm(prev, form);
}

const SUMMARY_FIELDS = ['summaryCountsEn', 'summaryCountsRu', 'summaryDigestEn', 'summaryDigestRu'] as const;

const updateSummaryForm = formAction(
  z.object({ issueId: id, resetField: z.unknown().optional(), ...Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, field])) } as {
    issueId: typeof id;
    resetField: z.ZodOptional<z.ZodUnknown>;
  } & Record<(typeof SUMMARY_FIELDS)[number], typeof field>),
  (input, actor) => {
    const reset = z.enum(SUMMARY_FIELDS).safeParse(input.resetField);
    const values = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, input[f]]));
    updateIssue(getDb(), actor, { issueId: input.issueId, ...(reset.success ? { [reset.data]: null } : values) });
    return { ok: true as const, issueId: input.issueId };
  },
  { failure: issueFailure(SUMMARY_FIELDS) },
);

/**
 * The summary overrides. A blank field, or one equal to the generated text, follows the data again;
 * the "reset" button names one field to give back to the generator.
 */
export async function updateIssueSummaryAction(prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  return updateSummaryForm(prev, form);
}

const setArticles = formAction(
  z.object({ issueId: id, add: idList.optional(), remove: idList.optional() }),
  (input, actor) => {
    setIssueArticles(getDb(), actor, input);
    return { ok: true as const, issueId: input.issueId };
  },
  { failure: issueFailure() },
);

export async function setIssueArticlesAction(input: { issueId: number; add?: number[]; remove?: number[] }): Promise<IssueActionResult> {
  return setArticles(input);
}

const reorderArticles = formAction(
  z.object({ issueId: id, countryCode: z.string().max(2), articleIds: idList }),
  (input, actor) => {
    reorderIssueArticles(getDb(), actor, input);
    return { ok: true as const, issueId: input.issueId };
  },
  { failure: issueFailure() },
);

export async function reorderIssueArticlesAction(input: { issueId: number; countryCode: string; articleIds: number[] }): Promise<IssueActionResult> {
  return reorderArticles(input);
}

export type PublicationPlanResult = { ok: true; plan: PublicationPlan } | Extract<IssueActionResult, { ok: false }>;

const planForm = formAction(
  z.object({ issueId: id, langs: z.array(z.enum(LANGS)).min(1).max(2) }),
  async (input, actor) => ({ ok: true as const, plan: await planPublication(getDb(), actor, input) }),
  { failure: issueFailure(), afterSuccess: () => {} },
);

/** The confirmation step before publishing: what will be made public (renders the editions, writes nothing). */
export async function planPublicationAction(input: { issueId: number; langs: string[] }): Promise<PublicationPlanResult> {
  return planForm(input);
}

const publishForm = formAction(
  z.object({
    issueId: id,
    // One ticked box arrives as a string, two as an array; unknown languages are dropped.
    langs: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]), z.array(z.string().max(10)).max(10)),
    confirmSingle: field,
  }),
  async (input, actor) => {
    const langs = input.langs.filter((l): l is (typeof LANGS)[number] => LANGS.includes(l as never));
    if (langs.length === 0) throw new ValidationError({ langs: 'required' });
    const result = await publishIssue(getDb(), actor, { issueId: input.issueId, langs, confirmSingleEdition: input.confirmSingle === 'yes' });
    return { ok: true as const, issueId: input.issueId, revision: result.revision };
  },
  { failure: issueFailure(['langs', 'confirmSingle']), afterSuccess: refreshPublicAndDesk },
);

/** Publishes both editions, or one when the form confirms it. */
export async function publishIssueAction(prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  return publishForm(prev, form);
}

const deleteForm = formAction(
  z.object({ issueId: id, confirm: field }),
  (input, actor) => {
    if (input.confirm !== 'yes') throw new ValidationError({ confirm: 'confirmDelete' });
    deleteIssue(getDb(), actor, { issueId: input.issueId });
    return { ok: true as const, issueId: input.issueId };
  },
  {
    failure: issueFailure(),
    afterSuccess: () => {
      refresh();
      redirect('/desk/issues');
    },
  },
);

/** Deletes a never-published issue, once the form's confirmation box is ticked; then back to the list. */
export async function deleteIssueAction(prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  return deleteForm(prev, form);
}

const correctionForm = formAction(
  z.object({ issueId: id }),
  (input, actor) => {
    startCorrection(getDb(), actor, input);
    return { ok: true as const, issueId: input.issueId };
  },
  { failure: issueFailure(), afterSuccess: refreshPublicAndDesk },
);

export async function startCorrectionAction(prev: IssueFormState, form: FormData): Promise<IssueFormState> {
  return correctionForm(prev, form);
}
