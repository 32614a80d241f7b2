'use server';

import { z } from 'zod';
import { getDb } from '@/lib/db/instance';
import { deletePhoto } from '@/lib/services/delete-photo';
import { reorderPhotos } from '@/lib/services/reorder-photos';
import { updatePhoto } from '@/lib/services/update-photo';
import { formAction, type ActionFailure } from './action-result';

const id = z.coerce.number().int().positive().max(2 ** 31);
const text = z.string().max(5_000);

export type PhotoActionResult = { ok: true } | ActionFailure;

const updateForm = formAction(z.object({ photoId: id, captionEn: text, captionRu: text, creditEn: text, creditRu: text }), (input, actor) => {
  updatePhoto(getDb(), actor, input);
  return { ok: true as const };
});

/** Caption and credit of a photo in both languages. (Uploads go through POST /api/articles/[id]/photos.) */
export async function updatePhotoAction(input: unknown): Promise<PhotoActionResult> {
  return updateForm(input);
}

const reorderForm = formAction(z.object({ articleId: id, photoIds: z.array(id).max(200) }), (input, actor) => {
  reorderPhotos(getDb(), actor, input);
  return { ok: true as const };
});

export async function reorderPhotosAction(input: unknown): Promise<PhotoActionResult> {
  return reorderForm(input);
}

const deleteForm = formAction(z.object({ photoId: id }), (input, actor) => {
  deletePhoto(getDb(), actor, input);
  return { ok: true as const };
});

export async function deletePhotoAction(input: unknown): Promise<PhotoActionResult> {
  return deleteForm(input);
}
