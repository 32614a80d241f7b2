'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { AuthError, requireUser } from '@/lib/auth/current-user';
import type { SessionUser } from '@/lib/auth/validate-session';
import { getDb } from '@/lib/db/instance';
import { CAN_EDIT_COUNTRIES, CAN_EDIT_SETTINGS, CAN_MANAGE_USERS, type Role } from '@/lib/domain/workflow';
import { userActor } from '@/lib/services/actor';
import { createUser } from '@/lib/services/create-user';
import { updateUserRole } from '@/lib/services/update-user-role';
import { setUserActive } from '@/lib/services/set-user-active';
import { resetUserPassword } from '@/lib/services/reset-user-password';
import { ORGANISATION_FIELDS, updateOrganisation } from '@/lib/services/update-organisation';
import { updateCountry } from '@/lib/services/update-country';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/services/errors';
import { generatePassword } from '@/lib/auth/password';

/**
 * Server actions of the admin screens. Each one checks the session and the role here, and the
 * service checks the role again; only the fields a form is meant to send are read, anything else
 * in the FormData (a forged `role` on the settings form, a `sessionVersion`...) is ignored.
 * Error and field messages are keys of the `admin` namespace.
 */
export type AdminFailure = {
  ok: false;
  error: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
};
export type AdminResult<T extends object = object> = ({ ok: true } & T) | AdminFailure;

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

const pick = (form: FormData, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.map((name) => [name, text(form, name)]));

/** Zod issue codes and service codes → keys under admin.fieldErrors. */
const FIELD_ERRORS: Record<string, string> = {
  too_small: 'tooShort',
  too_big: 'tooLong',
  invalid_format: 'format',
  invalid_type: 'invalid',
  invalid_value: 'invalid',
  custom: 'required',
  exists: 'emailTaken',
  taken: 'orderTaken',
};

async function signedIn(roles: readonly Role[]): Promise<SessionUser | AdminFailure> {
  try {
    return await requireUser(roles);
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error: error.kind === 'unauthenticated' ? 'errors.unauthenticated' : 'errors.forbidden' };
    throw error;
  }
}

function failure(error: unknown, values?: Record<string, string>): AdminFailure {
  if (error instanceof ValidationError) {
    const fields = Object.fromEntries(Object.entries(error.fields).map(([field, code]) => [field, FIELD_ERRORS[code] ?? 'invalid']));
    return { ok: false, error: 'errors.invalid', fields, values };
  }
  if (error instanceof ForbiddenError) return { ok: false, error: error.reason === 'last_admin' ? 'errors.lastAdmin' : 'errors.forbidden', values };
  if (error instanceof NotFoundError) return { ok: false, error: 'errors.notFound', values };
  console.error('Admin action failed', error);
  return { ok: false, error: 'errors.unexpected', values };
}

function refreshAdmin(): void {
  revalidatePath('/[locale]/admin', 'layout');
}

const idSchema = z.coerce.number().int().positive();

export async function createUserAction(_prev: unknown, form: FormData): Promise<AdminResult<{ email: string; userId: number; generatedPassword: string | null }>> {
  const user = await signedIn(CAN_MANAGE_USERS);
  if ('ok' in user) return user;
  const values = pick(form, ['email', 'name', 'role']);
  const typed = text(form, 'password');
  const generatedPassword = typed === '' ? generatePassword() : null;
  try {
    const row = await createUser(getDb(), userActor(user), {
      email: text(form, 'email'),
      name: text(form, 'name'),
      role: text(form, 'role') as Role,
      password: generatedPassword ?? typed,
    });
    refreshAdmin();
    return { ok: true, email: row.email, userId: row.id, generatedPassword };
  } catch (error) {
    return failure(error, values);
  }
}

export async function updateUserRoleAction(_prev: unknown, form: FormData): Promise<AdminResult<{ role: Role }>> {
  const user = await signedIn(CAN_MANAGE_USERS);
  if ('ok' in user) return user;
  const values = pick(form, ['userId', 'role']);
  try {
    const row = updateUserRole(getDb(), userActor(user), { userId: values.userId!, role: values.role as Role });
    refreshAdmin();
    return { ok: true, role: row.role };
  } catch (error) {
    return failure(error, values);
  }
}

export async function setUserActiveAction(_prev: unknown, form: FormData): Promise<AdminResult<{ active: boolean }>> {
  const user = await signedIn(CAN_MANAGE_USERS);
  if ('ok' in user) return user;
  const active = text(form, 'active');
  if (active !== 'true' && active !== 'false') return { ok: false, error: 'errors.invalid' };
  try {
    const row = setUserActive(getDb(), userActor(user), { userId: text(form, 'userId'), active: active === 'true' });
    refreshAdmin();
    return { ok: true, active: row.active };
  } catch (error) {
    return failure(error);
  }
}

export async function resetUserPasswordAction(_prev: unknown, form: FormData): Promise<AdminResult<{ generatedPassword: string | null }>> {
  const user = await signedIn(CAN_MANAGE_USERS);
  if ('ok' in user) return user;
  const userId = idSchema.safeParse(text(form, 'userId'));
  if (!userId.success) return { ok: false, error: 'errors.notFound' };
  const typed = text(form, 'password');
  try {
    const result = await resetUserPassword(getDb(), userActor(user), { userId: userId.data, password: typed === '' ? undefined : typed });
    refreshAdmin();
    return { ok: true, generatedPassword: result.generatedPassword };
  } catch (error) {
    return failure(error);
  }
}

export async function updateOrganisationAction(_prev: unknown, form: FormData): Promise<AdminResult> {
  const user = await signedIn(CAN_EDIT_SETTINGS);
  if ('ok' in user) return user;
  const values = pick(form, ORGANISATION_FIELDS);
  try {
    updateOrganisation(getDb(), userActor(user), values as Record<(typeof ORGANISATION_FIELDS)[number], string>);
    refreshAdmin();
    return { ok: true };
  } catch (error) {
    return failure(error, values);
  }
}

export async function updateCountryAction(_prev: unknown, form: FormData): Promise<AdminResult> {
  const user = await signedIn(CAN_EDIT_COUNTRIES);
  if ('ok' in user) return user;
  const values = pick(form, ['code', 'shortEn', 'shortRu', 'headingEn', 'headingRu', 'memberOrder', 'isMember']);
  const isMember = values.isMember === 'on';
  try {
    updateCountry(getDb(), userActor(user), {
      code: values.code!,
      shortEn: values.shortEn!,
      shortRu: values.shortRu!,
      headingEn: values.headingEn!,
      headingRu: values.headingRu!,
      isMember,
      memberOrder: isMember && values.memberOrder !== '' ? values.memberOrder! : null,
    });
    refreshAdmin();
    return { ok: true };
  } catch (error) {
    return failure(error, values);
  }
}
