'use server';

import { redirect } from 'next/navigation';
import { refresh } from 'next/cache';
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
import { currentActor, failureOf, formText, type ActionFailure } from './action-result';

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

/** The "new article" form; on success it opens the editor of the new draft. */
export async function createArticleAction(_prev: CreateArticleState, form: FormData): Promise<CreateArticleState> {
  const values = {
    country: formText(form, 'country'),
    eventDate: formText(form, 'eventDate'),
    titleEn: formText(form, 'titleEn'),
    titleRu: formText(form, 'titleRu'),
    outlet: formText(form, 'outlet'),
  };
  let articleId: number;
  try {
    const actor = await currentActor();
    const parsed = z.object({ country: shortText, eventDate: shortText, titleEn: shortText, titleRu: shortText, outlet: shortText }).safeParse(values);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' }, values };
    const { country, ...rest } = parsed.data;
    articleId = createArticle(getDb(), actor, { ...rest, countryCode: countryCodeOf(country) }).id;
  } catch (error) {
    return { ...failureOf(error), values };
  }
  redirect(`/desk/articles/${articleId}`);
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

/**
 * Saves the editor's texts (also called by autosave). On a version conflict it answers who
 * changed the article and when, with the newer text, and the client keeps what the user typed.
 */
export async function saveArticleAction(input: unknown): Promise<SaveArticleResult> {
  let articleId = 0;
  try {
    const actor = await currentActor();
    const parsed = saveSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    const { country, ...rest } = parsed.data;
    articleId = rest.id;
    const result = saveArticle(getDb(), actor, { ...rest, countryCode: countryCodeOf(country) });
    return {
      ok: true,
      changed: result.changed,
      version: result.article.version,
      updatedAt: result.article.updatedAt,
      sources: result.sources,
      sourceUsage: result.sourceUsage.map(toView),
    };
  } catch (error) {
    const failure = failureOf(error);
    if (!(error instanceof ConflictError)) return failure;
    const detail = getArticleDetail(getDb(), articleId);
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
}

export type FormActionState = (ActionFailure & { values?: Record<string, string> }) | { ok: true } | null;

const transitionSchema = z.object({
  id,
  transition: z.enum(TRANSITIONS),
  comment: z.string().max(20_000),
  /** The reason for approving despite translation-check errors. */
  overrideReason: z.string().max(20_000),
  expectedVersion: z.union([z.literal(''), id]),
});

/** Submit, approve, request changes, reopen: the service checks role and state. */
export async function transitionArticleAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const values = { comment: formText(form, 'comment'), overrideReason: formText(form, 'overrideReason') };
  try {
    const actor = await currentActor();
    const parsed = transitionSchema.safeParse({
      id: formText(form, 'id'),
      transition: formText(form, 'transition'),
      comment: values.comment,
      overrideReason: values.overrideReason,
      expectedVersion: formText(form, 'expectedVersion'),
    });
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' }, values };
    const { expectedVersion, ...rest } = parsed.data;
    transitionArticle(getDb(), actor, { ...rest, expectedVersion: expectedVersion === '' ? undefined : expectedVersion });
  } catch (error) {
    return { ...failureOf(error), values };
  }
  refresh();
  return { ok: true };
}

/** A comment in the review thread. */
export async function addCommentAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  const values = { body: formText(form, 'body') };
  try {
    const actor = await currentActor();
    const articleId = id.safeParse(formText(form, 'articleId'));
    if (!articleId.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' }, values };
    addComment(getDb(), actor, { articleId: articleId.data, body: values.body });
  } catch (error) {
    return { ...failureOf(error), values };
  }
  refresh();
  return { ok: true };
}

/** Deletes an article (own drafts for editors); back to the desk afterwards. */
export async function deleteArticleAction(_prev: FormActionState, form: FormData): Promise<FormActionState> {
  try {
    const actor = await currentActor();
    const articleId = id.safeParse(formText(form, 'id'));
    if (!articleId.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    deleteArticle(getDb(), actor, { id: articleId.data });
  } catch (error) {
    return failureOf(error);
  }
  redirect('/desk');
}
