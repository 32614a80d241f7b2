'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { takeBackArticle } from '@/lib/services/take-back-article';
import { currentActor, failureOf, formText, type ActionFailure } from './action-result';

export type TakeBackState = ActionFailure | { ok: true } | null;

const id = z.coerce.number().int().positive().max(2 ** 31);

/** The author takes back a submitted article nobody has started reviewing; the service checks who and when. */
export async function takeBackArticleAction(_prev: TakeBackState, form: FormData): Promise<TakeBackState> {
  try {
    const actor = await currentActor();
    const articleId = id.safeParse(formText(form, 'id'));
    if (!articleId.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    takeBackArticle(getDb(), actor, { id: articleId.data });
  } catch (error) {
    return failureOf(error);
  }
  refresh();
  return { ok: true };
}
