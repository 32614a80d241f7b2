import { AuthError, requireUser } from '@/lib/auth/current-user';
import { userActor, type Actor } from '@/lib/services/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';

/** What an action answers when it could not do its work; `error` is a message key of the UI. */
export interface ActionFailure {
  ok: false;
  error: 'unauthenticated' | 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'failed';
  /** Field → message key, for 'invalid'. */
  fields?: Record<string, string>;
  /** Why it was forbidden: 'role', 'state', 'in_issue'. */
  reason?: string;
  conflict?: { changedBy: string; changedAt: string; currentVersion: number };
}

/** The answer of the photo upload route (POST /api/articles/[id]/photos). */
export type UploadPhotoResponse = { ok: true; photoId: number } | ActionFailure;

/** The signed-in user as the actor of a service; throws AuthError('unauthenticated') otherwise. */
export async function currentActor(): Promise<Actor> {
  return userActor(await requireUser());
}

/** Turns what a service or the session check threw into an answer for the client; never leaks internals. */
export function failureOf(error: unknown): ActionFailure {
  if (error instanceof AuthError) return { ok: false, error: error.kind === 'unauthenticated' ? 'unauthenticated' : 'forbidden' };
  if (error instanceof ForbiddenError) return { ok: false, error: 'forbidden', reason: error.reason };
  if (error instanceof NotFoundError) return { ok: false, error: 'not_found' };
  if (error instanceof ValidationError) return { ok: false, error: 'invalid', fields: error.fields };
  if (error instanceof ConflictError)
    return { ok: false, error: 'conflict', conflict: { changedBy: error.changedBy, changedAt: error.changedAt, currentVersion: error.currentVersion } };
  console.error(error);
  return { ok: false, error: 'failed' };
}

/** A form field as text ('' when absent or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
