'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { getArticleDetail, listCountryOptions } from '@/lib/db/queries/articles';
import type { SourceUse } from '@/lib/db/queries/source-usage';
import { resolveCountry } from '@/lib/domain/country-pick';
import { TRANSITIONS, type ArticleState } from '@/lib/domain/workflow';
import { addComment } from '@/lib/services/add-comment';
import { createArticle } from '@/lib/services/create-article';
import { deleteArticle } from '@/lib/services/delete-article';
import { ConflictError } from '@/lib/services/errors';
import { saveArticle } from '@/lib/services/save-article';
import { transitionArticle } from '@/lib/services/transition-article';
import { formAction, type ActionFailure } from './action-result';

const id = z.coerce.number().int().positive().max(2 ** 31);
const shortText = z.string().max(2_000);
const longText = z.string().max(200_000);

/** The editor form as the client sends it. Unknown keys (status, author, version counters) are dropped. */
const editorValuesSchema = z.object({
  /** A country code or a country name in either language. */
  country: shortText,
  eventDate: shortText,
  outlet: shortText,
  titleEn: shortText,
  titleRu: shortText,
  bodyEn: longText,
  bodyRu: longText,
  digestEn: shortText,
  digestRu: shortText,
  sources: z.array(shortText).max(100),
});
export type EditorValues = z.infer<typeof editorValuesSchema>;

const saveSchema = editorValuesSchema.extend({ id, expectedVersion: id });

/** Country text → code, using the same rule as the form; an unknown name stays as typed (and fails validation). */
function countryCodeOf(text: string): string {
  return resolveCountry(listCountryOptions(getDb()), text)?.code ?? text;
}

export type CreateArticleState = (ActionFailure & { values?: Record<string, string> }) | null;

/** What the user typed, put back into the form after a failure. */
function keepTyped(names: readonly string[]) {
  return (failure: ActionFailure, error: unknown, input: Record<string, unknown> | null): ActionFailure & { values: Record<string, string> } => {
    if (failure.error === 'failed') console.error(error);
    const values = Object.fromEntries(names.map((name) => [name, typeof input?.[name] === 'string' ? (input[name] as string) : '']));
    return { ...failure, values };
  };
}

const formField = shortText.default('');

const createForm = formAction(
  z.object({ country: formField, eventDate: formField, titleEn: formField, titleRu: formField, outlet: formField }),
  ({ country, ...rest }, actor) => {
    const articleId = createArticle(getDb(), actor, { ...rest, countryCode: countryCodeOf(country) }).id;
    redirect(`/desk/articles/${articleId}`);
  },
  { failure: keepTyped(['country', 'eventDate', 'titleEn', 'titleRu', 'outlet']) },
);

/** The "new article" form; on success it opens the editor of the new draft. */
export async function createArticleAction(prev: CreateArticleState, form: FormData): Promise<CreateArticleState> {
  return createForm(prev, form);
}

export interface SourceUseView {
  url: string;
  articleId: number;
  articleTitle: string;
  issue: { year: number; number: number } | null;
}

export type SaveArticleResult =
  | { ok: true; changed: boolean; version: number; updatedAt: string; sources: string[]; sourceUsage: SourceUseView[] }
  | (ActionFailure & { current?: EditorValues & { version: number; status: ArticleState } });

const toView = (u: SourceUse): SourceUseView => ({
  url: u.url,
  articleId: u.articleId,
  articleTitle: u.articleTitle,
  issue: u.issue && { year: u.issue.year, number: u.issue.number },
});

/** A version conflict answers who changed the article and when, with the newer text. */
function saveFailure(failure: ActionFailure, error: unknown, input: Record<string, unknown> | null): Extract<SaveArticleResult, { ok: false }> {
  if (failure.error === 'failed') console.error(error);
  const articleId = id.safeParse(input?.id);
  if (!(error instanceof ConflictError) || !articleId.success) return failure;
  const detail = getArticleDetail(getDb(), articleId.data);
  if (!detail) return failure;
  const a = detail.article;
  return {
    ...failure,
    current: {
      country: a.countryCode,
      eventDate: a.eventDate,
      outlet: a.outlet,
      titleEn: a.titleEn,
      titleRu: a.titleRu,
      bodyEn: a.bodyEn,
      bodyRu: a.bodyRu,
      digestEn: a.digestEn,
      digestRu: a.digestRu,
      sources: detail.sources,
      version: a.version,
      status: a.status,
    },
  };
}

const saveForm = formAction(
  saveSchema,
  ({ country, ...rest }, actor) => {
    const result = saveArticle(getDb(), actor, { ...rest, countryCode: countryCodeOf(country) });
    return {
      ok: true as const,
      changed: result.changed,
      version: result.article.version,
      updatedAt: result.article.updatedAt,
      sources: result.sources,
      sourceUsage: result.sourceUsage.map(toView),
    };
  },
  // The editor refreshes the page itself, and only when the text changed.
  { failure: saveFailure, afterSuccess: () => {} },
);

/**
 * Saves the editor's texts (also called by autosave). On a version conflict it answers who
 * changed the article and when, with the newer text, and the client keeps what the user typed.
 */
export async function saveArticleAction(input: unknown): Promise<SaveArticleResult> {
  return saveForm(input);
}

export type FormActionState = (ActionFailure & { values?: Record<string, string> }) | { ok: true } | null;

const transitionForm = formAction(
  z.object({
    id,
    transition: z.enum(TRANSITIONS),
    comment: z.string().max(20_000).default(''),
    /** The reason for approving despite translation-check errors. */
    overrideReason: z.string().max(20_000).default(''),
    expectedVersion: z.union([z.literal(''), id]).default(''),
  }),
  ({ expectedVersion, ...rest }, actor) => {
    transitionArticle(getDb(), actor, { ...rest, expectedVersion: expectedVersion === '' ? undefined : expectedVersion });
    return { ok: true as const };
  },
  { failure: keepTyped(['comment', 'overrideReason']) },
);

/** Submit, approve, request changes, reopen: the service checks role and state. */
export async function transitionArticleAction(prev: FormActionState, form: FormData): Promise<FormActionState> {
  return transitionForm(prev, form);
}

const commentForm = formAction(
  // The body is checked by the service (required, length), with its own field keys.
  z.object({ articleId: id, body: z.string().default('') }),
  (input, actor) => {
    addComment(getDb(), actor, input);
    return { ok: true as const };
  },
  { failure: keepTyped(['body']) },
);

/** A comment in the review thread. */
export async function addCommentAction(prev: FormActionState, form: FormData): Promise<FormActionState> {
  return commentForm(prev, form);
}

const deleteForm = formAction(z.object({ id }), (input, actor) => {
  deleteArticle(getDb(), actor, input);
  redirect('/desk');
});

/** Deletes an article (own drafts for editors); back to the desk afterwards. */
export async function deleteArticleAction(prev: FormActionState, form: FormData): Promise<FormActionState> {
  return deleteForm(prev, form);
}
