import { refresh } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { AuthError, requireUser } from '@/lib/auth/current-user';
import type { Role } from '@/lib/domain/workflow';
import { userActor, type Actor } from '@/lib/services/actor';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';

/**
 * The one vocabulary of what an action could not do. `error` is a key each screen translates in
 * its own namespace; `fields` maps a field to a key, `reason` says why something was forbidden.
 */
export type ActionErrorKey = 'unauthenticated' | 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'failed';

/** What an action answers when it could not do its work; `error` is a message key of the UI. */
export interface ActionFailure {
  ok: false;
  error: ActionErrorKey;
  /** Field → message key, for 'invalid'. */
  fields?: Record<string, string>;
  /** Why it was forbidden: 'role', 'state', 'in_issue', 'last_admin', 'published'... */
  reason?: string;
  conflict?: { changedBy: string; changedAt: string; currentVersion: number };
}

/** The answer of the photo upload route (POST /api/articles/[id]/photos). */
export type UploadPhotoResponse = { ok: true; photoId: number } | ActionFailure;

/** The signed-in user as the actor of a service; throws AuthError('unauthenticated') otherwise. */
export async function currentActor(roles?: readonly Role[]): Promise<Actor> {
  return userActor(await requireUser(roles));
}

/**
 * Turns what a service or the session check threw into an answer for the client; never leaks
 * internals. An unexpected error is logged, unless the caller maps the rest itself (`log` false).
 */
export function failureOf(error: unknown, log = true): ActionFailure {
  if (error instanceof AuthError) return { ok: false, error: error.kind === 'unauthenticated' ? 'unauthenticated' : 'forbidden' };
  if (error instanceof ForbiddenError) return { ok: false, error: 'forbidden', reason: error.reason };
  if (error instanceof NotFoundError) return { ok: false, error: 'not_found' };
  if (error instanceof ValidationError) return { ok: false, error: 'invalid', fields: error.fields };
  if (error instanceof z.ZodError) return { ok: false, error: 'invalid', fields: ValidationError.fromZod(error).fields };
  if (error instanceof ConflictError)
    return { ok: false, error: 'conflict', conflict: { changedBy: error.changedBy, changedAt: error.changedAt, currentVersion: error.currentVersion } };
  if (log) console.error(error);
  return { ok: false, error: 'failed' };
}

/** A form field as text ('' when absent, a file, or when the action was called without a form). */
export function formText(form: unknown, name: string): string {
  if (!(form instanceof FormData)) return '';
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** Every text value of a repeated form field (checkboxes). */
export function formTexts(form: unknown, name: string): string[] {
  if (!(form instanceof FormData)) return [];
  return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

/**
 * What an action was called with, as plain data for its schema: a FormData becomes an object of
 * its text fields (files dropped, a repeated field an array); a plain object stays; anything else
 * (nothing, a string, an array, JSON a forger sent) becomes null and fails validation.
 */
export function actionInput(raw: unknown): Record<string, unknown> | null {
  if (raw instanceof FormData) {
    const input: Record<string, unknown> = {};
    for (const key of new Set(raw.keys())) {
      const values = raw.getAll(key).filter((v): v is string => typeof v === 'string');
      input[key] = values.length > 1 ? values : (values[0] ?? '');
    }
    return input;
  }
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.getPrototypeOf(raw) === Object.prototype) return raw as Record<string, unknown>;
  return null;
}

export interface FormActionOptions<F> {
  /** Only these roles may call it (the service checks again). */
  roles?: readonly Role[];
  /**
   * The screen's own answer for a failure (keys of its namespace, the typed values kept). It logs
   * what it answers with 'failed' itself (failureOf did not).
   */
  failure?: (failure: ActionFailure, error: unknown, input: Record<string, unknown> | null) => F;
  /** After a success: refresh the client's router (default), and whatever else the screen needs. */
  afterSuccess?: () => void;
}

/**
 * The one wrapper of server actions (house style shape 1): the session and role first, then the
 * input parsed with `schema` (a FormData or a plain object; anything else is 'invalid'), then
 * `work(input, actor)`. Nothing thrown reaches the client: every error becomes an ActionFailure
 * (or the screen's shape of it). `refresh()` runs only after a success.
 * The returned function takes (previous state, form) as useActionState passes them, or the input
 * alone when called directly.
 */
export function formAction<S extends z.ZodType, R extends { ok: true }, F = ActionFailure>(
  schema: S,
  work: (input: z.output<S>, actor: Actor) => R | Promise<R>,
  options: FormActionOptions<F> = {},
): (...args: unknown[]) => Promise<R | F> {
  return async (...args: unknown[]) => {
    // (previous state, FormData) from a form, or one argument from a direct call.
    const raw = args.length >= 2 ? args[1] : args[0];
    const input = actionInput(raw);
    let result: R;
    try {
      const actor = await currentActor(options.roles);
      if (input === null) throw new ValidationError({ form: 'invalid' });
      const parsed = schema.safeParse(input);
      if (!parsed.success) throw ValidationError.fromZod(parsed.error);
      result = await work(parsed.data, actor);
    } catch (error) {
      unstable_rethrow(error); // Next's redirect() and notFound() are no failures
      if (!options.failure) return failureOf(error) as F; // F is ActionFailure without a mapper
      return options.failure(failureOf(error, false), error, input);
    }
    (options.afterSuccess ?? refresh)();
    return result;
  };
}
