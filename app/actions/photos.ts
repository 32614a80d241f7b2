'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { deletePhoto } from '@/lib/services/delete-photo';
import { reorderPhotos } from '@/lib/services/reorder-photos';
import { updatePhoto } from '@/lib/services/update-photo';
import { currentActor, failureOf, type ActionFailure } from './action-result';

const id = z.coerce.number().int().positive().max(2 ** 31);
const text = z.string().max(5_000);

export type PhotoActionResult = { ok: true } | ActionFailure;

const updateSchema = z.object({ photoId: id, captionEn: text, captionRu: text, creditEn: text, creditRu: text });

/** Caption and credit of a photo in both languages. (Uploads go through POST /api/articles/[id]/photos.) */
export async function updatePhotoAction(input: unknown): Promise<PhotoActionResult> {
  return run(async () => {
    const actor = await currentActor();
    const parsed = updateSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    updatePhoto(getDb(), actor, parsed.data);
    return { ok: true };
  });
}

const reorderSchema = z.object({ articleId: id, photoIds: z.array(id).max(200) });

export async function reorderPhotosAction(input: unknown): Promise<PhotoActionResult> {
  return run(async () => {
    const actor = await currentActor();
    const parsed = reorderSchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    reorderPhotos(getDb(), actor, parsed.data);
    return { ok: true };
  });
}

export async function deletePhotoAction(input: unknown): Promise<PhotoActionResult> {
  return run(async () => {
    const actor = await currentActor();
    const parsed = z.object({ photoId: id }).safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fields: { form: 'invalid' } };
    deletePhoto(getDb(), actor, parsed.data);
    return { ok: true };
  });
}

async function run(work: () => Promise<PhotoActionResult>): Promise<PhotoActionResult> {
  let result: PhotoActionResult;
  try {
    result = await work();
  } catch (error) {
    return failureOf(error);
  }
  if (result.ok) refresh();
  return result;
}
